from django.apps import AppConfig


class InspireConfig(AppConfig):
    name = "inspire"
    verbose_name = "INSPIRE hub"

    def ready(self):
        from django import forms
        from rest_framework import serializers

        from inspire import pagecache
        from inspire.validators import validate_no_control_characters

        # Every text field of every form and serializer, the admin's and third-party ones included,
        # refuses control characters, as Django already refuses NUL: one rule, not one per field.
        for field_class in (forms.CharField, serializers.CharField):
            field_class.default_validators = [*field_class.default_validators, validate_no_control_characters]

        # DRF turns a JSON number into text ("office_name": 0 becomes "0"); the schema says string, so
        # a number where text belongs is refused, as the fuzzer's negative data expects.
        lax = serializers.CharField.to_internal_value

        def strict_text(field, data):
            if isinstance(data, int | float) and not isinstance(data, bool):
                field.fail("invalid")
            return lax(field, data)

        serializers.CharField.to_internal_value = strict_text

        pagecache.install()
