from typing import Any

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from databases import selectors, services
from databases.api import serializers as api_serializers
from databases.filters import CoverageFilter, DatabaseFilter
from databases.forms import CompareForm
from databases.models import Coverage, PatentDatabase
from inspire.api.exceptions import form_invalid
from inspire.api.pagination import ContentPageNumberPagination
from inspire.api.permissions import IsCuratorOrReadOnly
from inspire.api.throttling import ScopedRateThrottle, UserRateThrottle

WRITE_ACTION_OPTIONS: dict[str, Any] = {
    "permission_classes": [IsAuthenticated],
    "throttle_classes": [ScopedRateThrottle, UserRateThrottle],
}


class PatentDatabaseViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Patent database reports: read by anyone, written by curators; filters match the browse page."""

    lookup_field = "slug"
    permission_classes = [IsCuratorOrReadOnly]
    filter_backends = [DjangoFilterBackend]
    filterset_class = DatabaseFilter
    # Only the rating, comment and follow actions use ScopedRateThrottle, so only they use this scope.
    throttle_scope = "writes"
    pagination_class = ContentPageNumberPagination
    content_version_key = selectors.CONTENT_VERSION_KEY

    def sees_drafts(self) -> bool:
        return selectors.sees_drafts(self.request.user)

    def get_queryset(self):
        if self.action == "coverage":
            # What the coverage filters apply to (the schema reads it too); the action narrows it to one database.
            return Coverage.objects.none()
        queryset = selectors.database_queryset(user=self.request.user).prefetch_related("features")
        if self.action == "retrieve":
            queryset = queryset.select_related("curator").prefetch_related("coverage", "revisions")
        return queryset

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return api_serializers.DatabaseWriteSerializer
        if self.action == "retrieve":
            return api_serializers.DatabaseDetailSerializer
        return api_serializers.DatabaseListSerializer

    def _save(self, request, *, slug: str | None, partial: bool):
        instance = self.get_object() if slug else None
        serializer = api_serializers.DatabaseWriteSerializer(instance, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        features = data.pop("features", None)
        coverage = data.pop("coverage", None)
        new_slug = data.pop("slug", None) or (instance.slug if instance is not None else None)
        if new_slug is None:
            raise serializers.ValidationError({"slug": ["This field is required."]})
        if instance is not None and new_slug != instance.slug:
            raise serializers.ValidationError({"slug": ["The slug of an existing database cannot change."]})
        if instance is None and selectors.database_exists(slug=new_slug):
            raise serializers.ValidationError({"slug": ["A database with this slug already exists."]})
        database = services.database_upsert(
            slug=new_slug,
            fields={**data, "curator": request.user},
            features=features,
            coverage=coverage,
        )
        output = api_serializers.DatabaseDetailSerializer(
            selectors.database_detail(slug=database.slug, user=request.user)
        )
        return Response(output.data, status=status.HTTP_200_OK if instance else status.HTTP_201_CREATED)

    @extend_schema(responses=api_serializers.DatabaseDetailSerializer)
    def create(self, request, *args, **kwargs):
        return self._save(request, slug=None, partial=False)

    @extend_schema(responses=api_serializers.DatabaseDetailSerializer)
    def update(self, request, *args, **kwargs):
        return self._save(request, slug=kwargs["slug"], partial=kwargs.pop("partial", False))

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "db", OpenApiTypes.STR, many=True, required=True, description="Slugs of 2 to 4 databases, repeated."
            )
        ],
        responses=api_serializers.CompareSerializer,
    )
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def compare(self, request):
        """Side-by-side feature matrix of 2 to 4 databases; rows whose values differ have `differs: true`."""
        form = CompareForm(
            request.query_params, databases=selectors.database_choices(request.query_params.getlist("db"))
        )
        if not form.is_valid():
            raise form_invalid(form)
        databases = selectors.databases_for_compare(slugs=form.cleaned_data["db"], user=request.user)
        rows = [
            {
                "group": row.group,
                "label": row.label,
                "cells": row.cells,
                "states": [state and str(state) for _cell, state in row.marked_cells],
                "differs": row.differs,
            }
            for row in selectors.compare_matrix(databases)
        ]
        return Response(api_serializers.CompareSerializer({"databases": databases, "rows": rows}).data)

    @extend_schema(responses=OpenApiTypes.OBJECT)
    @action(detail=False, methods=["get"], pagination_class=None)
    def facets(self, request):
        """Counts per facet value for the databases matching the same filters as the list."""
        queryset = self.filter_queryset(self.get_queryset())
        facets = selectors.database_facets(queryset=queryset, params=request.query_params, user=request.user)
        return Response(
            {
                name: [{"value": value, "label": str(label), "count": count} for value, label, count in options]
                for name, options in facets.items()
            }
        )

    @extend_schema(
        parameters=[OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="The database.")],
        responses=api_serializers.CoverageSerializer(many=True),
    )
    @action(detail=True, methods=["get"], filterset_class=CoverageFilter)
    def coverage(self, request, slug=None):
        """The database's coverage facts, one row per jurisdiction, documents and level, paginated.

        `covered: true` is held, `covered: false` recorded as not held; a jurisdiction with no row is not recorded.
        """
        try:
            rows = selectors.database_coverage_rows(slug=slug, user=request.user)
        except PatentDatabase.DoesNotExist as error:
            raise NotFound() from error
        page = self.paginate_queryset(self.filter_queryset(rows))
        return self.get_paginated_response(api_serializers.CoverageSerializer(page, many=True).data)

    @extend_schema(
        request=api_serializers.RatingInputSerializer,
        responses=inline_serializer("RatingResult", {"stars": serializers.IntegerField()}),
    )
    @action(detail=True, methods=["post"], **WRITE_ACTION_OPTIONS)
    def rating(self, request, slug=None):
        """Rate the database from 1 to 5 stars; rating again replaces your earlier rating."""
        serializer = api_serializers.RatingInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        rating = services.rating_set(
            database=self.get_object(), user=request.user, stars=serializer.validated_data["stars"]
        )
        return Response({"stars": rating.stars})

    @extend_schema(
        request=api_serializers.CommentInputSerializer,
        responses={201: inline_serializer("CommentResult", {"status": serializers.CharField()})},
    )
    @action(detail=True, methods=["post"], **WRITE_ACTION_OPTIONS)
    def comments(self, request, slug=None):
        """Send a comment; it is published once a curator approves it."""
        serializer = api_serializers.CommentInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        comment = services.comment_create(
            database=self.get_object(), author=request.user, body=serializer.validated_data["body"]
        )
        return Response({"status": comment.status}, status=status.HTTP_201_CREATED)

    @extend_schema(request=api_serializers.FollowInputSerializer, responses=api_serializers.FollowInputSerializer)
    @action(detail=True, methods=["post"], **WRITE_ACTION_OPTIONS)
    def follow(self, request, slug=None):
        """Follow (`true`) or stop following (`false`) the report, to be e-mailed when it is revised."""
        serializer = api_serializers.FollowInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        following = services.follow_set(
            database=self.get_object(), user=request.user, following=serializer.validated_data["following"]
        )
        return Response({"following": following})
