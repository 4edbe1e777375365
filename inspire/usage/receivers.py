import logging

from django.dispatch import receiver

from inspire.usage.capture import event_from_request
from inspire.usage.models import Event
from inspire.usage.services import event_record
from inspire.usage.signals import object_downloaded

logger = logging.getLogger(__name__)


@receiver(object_downloaded, dispatch_uid="inspire.usage.record_download")
def record_download(sender, request, obj, **kwargs) -> None:
    """Count a download like a page view; a failure here must not stop the file being served."""
    try:
        meta = obj._meta
        event = event_from_request(
            request,
            kind=Event.Kind.DOWNLOAD,
            section=meta.app_label,
            object_key=f"{meta.label_lower}:{obj.pk}",
            object_label=str(obj),
        )
        if event is not None:
            event_record(event=event)
    except Exception:
        logger.warning("Usage analytics: download not recorded", exc_info=True)
