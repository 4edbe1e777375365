from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail


@shared_task
def email_send(*, subject: str, body: str, to: list[str]) -> int:
    """Deliver one e-mail; retried with backoff by the base task if the mail server fails."""
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
