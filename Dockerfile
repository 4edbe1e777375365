FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=inspire.settings.prod
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# collectstatic needs settings to import; the real secret comes from the environment at run time.
RUN DJANGO_SECRET_KEY=build-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput
RUN useradd --create-home inspire && mkdir -p /app/media && chown inspire /app/media
USER inspire
EXPOSE 8000
CMD ["gunicorn", "inspire.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
