"""Upload checks for report files. Content is sniffed from the bytes, never trusted from the name or
the browser's Content-Type, so a renamed executable or HTML page is refused."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PDF_MAX_BYTES = 50 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
COVER_MAX_BYTES = 2 * 1024 * 1024
COVER_MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".webp": (b"RIFF",),
}


def _head(upload, length: int) -> bytes:
    upload.open("rb")  # rewinds a fresh upload; opens a file already in storage
    upload.seek(0)
    head = upload.read(length)
    upload.seek(0)
    return head


def validate_pdf(upload) -> None:
    if not upload.name.lower().endswith(".pdf"):
        raise ValidationError(_("Upload a PDF file: the name must end in .pdf."), code="pdf_extension")
    if upload.size > PDF_MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s."),
            code="pdf_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(PDF_MAX_BYTES)},
        )
    if not _head(upload, len(PDF_MAGIC)).startswith(PDF_MAGIC):
        raise ValidationError(
            _("This file is not a PDF document (its content does not start with %PDF-)."), code="pdf_content"
        )


def validate_cover_image(upload) -> None:
    suffix = "." + upload.name.lower().rsplit(".", 1)[-1] if "." in upload.name else ""
    if suffix not in COVER_MAGIC:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="cover_extension")
    if upload.size > COVER_MAX_BYTES:
        raise ValidationError(
            _("This image is %(size)s; the limit is %(limit)s."),
            code="cover_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(COVER_MAX_BYTES)},
        )
    head = _head(upload, 12)
    if not any(head.startswith(magic) for magic in COVER_MAGIC[suffix]) or (
        suffix == ".webp" and head[8:12] != b"WEBP"
    ):
        raise ValidationError(_("This file is not the image its name says it is."), code="cover_content")
