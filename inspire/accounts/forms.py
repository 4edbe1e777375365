from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import PasswordResetForm
from django.utils.translation import gettext_lazy as _

from inspire.accounts.models import User
from inspire.tasks import email_send


class SignUpForm(forms.ModelForm):
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    role = forms.ChoiceField(
        label=_("I am a"), choices=[(r.value, r.label) for r in User.SELF_SERVICE_ROLES], initial=User.Role.RESEARCHER
    )

    class Meta:
        model = User
        fields = ["username", "email", "first_name", "last_name", "organization", "country", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True

    def clean_email(self):
        # Whether the address is taken is not said here: see services.user_sign_up.
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            candidate = User(username=cleaned.get("username", ""), email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "organization", "country"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("An account with this e-mail address already exists."))
        return email


class QueuedPasswordResetForm(PasswordResetForm):
    """Sends the reset e-mail through Celery so a slow mail server never holds the request."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        subject = "".join(self._render(subject_template_name, context).splitlines())
        body = self._render(email_template_name, context)
        email_send.delay_on_commit(subject=subject, body=body, to=[to_email])

    @staticmethod
    def _render(template_name, context):
        from django.template import loader

        return loader.render_to_string(template_name, context)
