from django.dispatch import Signal

# Sent by any view that hands a file or an outbound document link to a visitor.
# Arguments: request, obj (the model instance downloaded). Usage analytics records it.
object_downloaded = Signal()
