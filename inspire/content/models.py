from django.db import models


class LoadedEntry(models.Model):
    """What `load_content` last wrote into one row, field by field.

    A field whose value still equals what was loaded is the file's to update; one that differs was
    changed by a curator since, and a reload keeps it.
    """

    key = models.CharField(max_length=300, unique=True, help_text="app/entry, e.g. databases/espacenet")
    model = models.CharField(max_length=100, help_text="app_label.model_name of the row")
    object_id = models.CharField(max_length=64)
    values = models.JSONField(default=dict)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["model", "object_id"])]
        verbose_name = "loaded content entry"
        verbose_name_plural = "loaded content entries"

    def __str__(self) -> str:
        return self.key
