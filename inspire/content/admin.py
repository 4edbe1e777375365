"""Curators import content files in the admin through the same reader, schema and seeder as
`load_content`. Imported values count as the curator's: a later reload never overwrites them."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.seeding import Seeder

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ContentImportForm(forms.Form):
    files = MultipleFileField(label=_("Content files"))

    def __init__(self, *args, accept: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = accept

    def clean_files(self):
        files = self.cleaned_data["files"]
        for upload in files:
            if upload.size > MAX_IMPORT_BYTES:
                raise forms.ValidationError(_("%(name)s is larger than 2 MB.") % {"name": upload.name})
            if Path(upload.name).name != upload.name or upload.name.startswith("."):
                raise forms.ValidationError(_("%(name)s is not a plain file name.") % {"name": upload.name})
        return files


class ContentImportMixin:
    """Adds "Import content files" to a model's change list; put it before import-export's ExportMixin.

    `content_import` places the uploaded files where the app's reader expects them (in a fresh
    folder) and loads them with the given seeder; it raises ContentInvalid before writing anything.
    """

    # import-export builds its change list templates on top of this one (see its init_change_list_template).
    import_export_change_list_template = "content/change_list.html"
    content_import: Callable[[Path, list, Seeder], str]
    content_import_accepts: str = ""

    def get_urls(self):
        view = self.admin_site.admin_view(self.content_import_view)
        name = f"{self.opts.app_label}_{self.opts.model_name}_import_content"
        return [path("import-content/", view, name=name), *super().get_urls()]

    def content_import_view(self, request):
        if not self.has_change_permission(request) or not self.has_add_permission(request):
            raise PermissionDenied
        form = ContentImportForm(request.POST or None, request.FILES or None, accept=self.content_import_accepts)
        errors: list[str] = []
        if request.method == "POST" and form.is_valid():
            seeder = Seeder(as_curator=True)
            try:
                with tempfile.TemporaryDirectory() as folder, transaction.atomic():
                    summary = type(self).content_import(Path(folder), form.cleaned_data["files"], seeder)
            except ContentInvalid as invalid:
                errors = [f"{error.path.name}:{error.line}: {error.message}" for error in invalid.errors]
            else:
                messages.success(request, _("Imported: %(summary)s") % {"summary": summary})
                return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "form": form,
            "errors": errors,
            "title": _("Import content files"),
        }
        return TemplateResponse(request, "content/import.html", context, status=400 if errors else 200)


def place(folder: Path, uploads: list, layout: dict[str, str]) -> None:
    """Write each upload into `folder/<subfolder>/<name>` by its extension (`layout`: ".yaml" -> "databases")."""
    for upload in uploads:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in layout:
            expected = ", ".join(sorted(layout))
            raise ContentInvalid([ContentError(Path(upload.name), 1, f"expected a file ending in {expected}")])
        target = folder / layout[suffix] / upload.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(upload.read())
