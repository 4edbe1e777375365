# One image for web, worker and beat. Build stage compiles wheels; the runtime stage holds only
# runtime requirements and the code, runs as a non-root user, and never contains .venv, .git or .env
# (see .dockerignore).
FROM python:3.11-slim AS build
WORKDIR /build
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=inspire.settings.prod
RUN useradd --create-home --uid 10001 inspire
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels /wheels/* && rm -rf /wheels
COPY --chown=inspire . .
# collectstatic needs settings to import; the real secret comes from the environment at run time.
RUN DJANGO_SECRET_KEY=build-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput && mkdir -p /app/media && chown inspire /app/media
USER inspire
EXPOSE 8000
CMD ["gunicorn", "inspire.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
