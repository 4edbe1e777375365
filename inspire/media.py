"""Uploaded files, served so that none can run in the site's origin: only images and PDFs are shown
inline; everything else (HTML included) downloads as an opaque file. Sandboxed and never sniffed."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.views.decorators.http import require_safe

INLINE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}


@require_safe
def serve_upload(request, path: str):
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as error:
        raise Http404("Not found") from error
    if not full_path.is_file():
        raise Http404("Not found")
    suffix = full_path.suffix.lower()
    inline_type = INLINE_TYPES.get(suffix)
    response = FileResponse(
        full_path.open("rb"),
        as_attachment=inline_type is None,
        filename=full_path.name,
        content_type=inline_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
