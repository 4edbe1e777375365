"""eTISC community: groups, forum topics and posts, Ask the Expert, news, events, notifications."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inspire.accounts.models import is_curator


def _is_moderator_everywhere(user) -> bool:
    # Curators and staff look after every group; group moderators only their own.
    return is_curator(user)


class GroupQuerySet(models.QuerySet):
    def readable_by(self, user):
        """The one rule for reading a group's content (topics, posts, events): everyone reads public groups,
        active members read their members-only groups, curators and staff read every group."""
        if _is_moderator_everywhere(user):
            return self.all()
        rule = Q(visibility=Group.Visibility.PUBLIC)
        if user.is_authenticated:
            rule |= Q(pk__in=Membership.objects.group_ids_of(user))
        return self.filter(rule)


class Group(models.Model):
    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    visibility = models.CharField(_("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC)
    hold_new_user_posts = models.BooleanField(
        _("hold posts of new users for approval"),
        default=False,
        help_text=_("Posts by accounts younger than a day wait in the review queue until a moderator approves them."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("etisc:group", args=[self.slug])

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Membership.Status.ACTIVE)

    def group_ids_of(self, user):
        return self.active().filter(user=user).values("group_id")

    def moderated_group_ids_of(self, user):
        return self.group_ids_of(user).filter(role=Membership.Role.MODERATOR)


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        MODERATOR = "moderator", _("Moderator")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PENDING = "pending", _("Requested")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="etisc_memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(_("joined"), default=timezone.now)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="etisc_membership_unique")]

    def __str__(self) -> str:
        return f"{self.user} in {self.group} ({self.role}, {self.status})"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_moderator(self) -> bool:
        return self.is_active and self.role == self.Role.MODERATOR


class Tag(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TopicQuerySet(models.QuerySet):
    def live(self):
        return self.filter(hidden=False, deleted_at__isnull=True)

    def public(self):
        return self.live().filter(group__in=Group.objects.readable_by(AnonymousUser()))

    def visible_to(self, user):
        """Live topics of the groups `user` reads; moderators also see their groups' hidden ones."""
        if _is_moderator_everywhere(user):
            return self.filter(deleted_at__isnull=True)
        shown = Q(hidden=False, group__in=Group.objects.readable_by(user))
        if user.is_authenticated:
            shown |= Q(group__in=Membership.objects.moderated_group_ids_of(user))
        return self.filter(deleted_at__isnull=True).filter(shown)


class Topic(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="topics")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="etisc_topics")
    tags = models.ManyToManyField(Tag, blank=True, related_name="topics")
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Counters kept on the row so topic lists never count posts.
    post_count = models.PositiveIntegerField(_("posts"), default=0)
    last_post_number = models.PositiveIntegerField(default=0)
    last_post_at = models.DateTimeField(_("last post"), default=timezone.now)
    last_post_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["-pinned", "-last_post_at"]
        indexes = [
            models.Index(fields=["group", "-pinned", "-last_post_at"], name="etisc_topic_list"),
            # The forum-wide list and the home page's latest topics walk these instead of sorting all.
            models.Index(fields=["-pinned", "-last_post_at"], name="etisc_topic_all"),
            models.Index(fields=["-last_post_at"], name="etisc_topic_latest"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("etisc:topic", args=[self.pk])

    @property
    def reply_count(self) -> int:
        return max(self.post_count - 1, 0)


class PostQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Post.Status.PUBLISHED, deleted_at__isnull=True)

    def visible_to(self, user):
        """Published posts of topics the user may see; moderators also see hidden and held posts."""
        topics = Topic.objects.visible_to(user)
        if _is_moderator_everywhere(user):
            return self.filter(topic__in=topics, deleted_at__isnull=True)
        visible = self.filter(topic__in=topics, deleted_at__isnull=True)
        if not user.is_authenticated:
            return visible.filter(status=Post.Status.PUBLISHED)
        moderated = Membership.objects.moderated_group_ids_of(user)
        return visible.filter(Q(status=Post.Status.PUBLISHED) | Q(author=user) | Q(topic__group_id__in=moderated))


class Post(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        HELD = "held", _("Waiting for approval")
        HIDDEN = "hidden", _("Hidden by a moderator")

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="etisc_posts")
    number = models.PositiveIntegerField(_("number in topic"))
    reply_to = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="replies", verbose_name=_("quotes")
    )
    body = models.TextField(_("text"), help_text=_("Markdown. Mention someone with @username."))
    # Sanitized once on write so thread pages never render Markdown.
    body_html = models.TextField(editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(_("posted"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    # Set when a moderator first hides, edits or deletes the post: its history may hold what they removed.
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["topic", "number"]
        constraints = [models.UniqueConstraint(fields=["topic", "number"], name="etisc_post_number_unique")]

    def __str__(self) -> str:
        return f"#{self.number} in {self.topic}"

    def get_absolute_url(self) -> str:
        # Resolved per reader at request time: hidden posts shift which page a post is on.
        return reverse("etisc:post", args=[self.pk])


class PostRevision(models.Model):
    """The text a post had before each edit: edit history is never lost."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Revision of {self.post} at {self.created_at:%Y-%m-%d %H:%M}"


class TopicRead(models.Model):
    """How far a user has read a topic: the source of unread markers."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="reads")
    last_read_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="etisc_topicread_unique")]

    def __str__(self) -> str:
        return f"{self.user} read {self.topic} to #{self.last_read_number}"


class WatchLevel(models.TextChoices):
    MUTED = "muted", _("Muted: never notify me")
    NORMAL = "normal", _("Normal: notify me of replies to me and mentions")
    TRACKING = "tracking", _("Tracking: like normal, and show how many posts I have not read")
    WATCHING = "watching", _("Watching: notify me of every new post")


class Watch(models.Model):
    """A watching level for a topic or for a whole group; a topic's level overrides its group's."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="etisc_watches")
    group = models.ForeignKey(Group, on_delete=models.CASCADE, null=True, blank=True, related_name="watches")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="watches")
    level = models.CharField(_("level"), max_length=10, choices=WatchLevel.choices, default=WatchLevel.NORMAL)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "group"], condition=Q(topic__isnull=True), name="etisc_watch_group"
            ),
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(group__isnull=True), name="etisc_watch_topic"
            ),
            models.CheckConstraint(
                condition=Q(group__isnull=True, topic__isnull=False) | Q(group__isnull=False, topic__isnull=True),
                name="etisc_watch_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.level} {self.topic or self.group}"


class Report(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reason"), max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Report on {self.post} by {self.reporter}"


class Suspension(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="etisc_suspensions")
    until = models.DateTimeField(_("suspended until"))
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.user} suspended until {self.until:%Y-%m-%d}"


class ModerationLog(models.Model):
    """Audit log: every moderator action, who did it, to what, and why."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(_("action"), max_length=40)
    group = models.ForeignKey(Group, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.actor} {self.action} ({self.created_at:%Y-%m-%d %H:%M})"


class ExpertSession(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    theme = models.CharField(_("theme"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    expert = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="etisc_sessions")
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        ordering = ["-opens_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("etisc:session", args=[self.slug])

    def is_open(self, moment=None) -> bool:
        moment = moment or timezone.now()
        return self.opens_at <= moment < self.closes_at


class Question(models.Model):
    session = models.ForeignKey(ExpertSession, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="etisc_questions")
    body = models.TextField(_("question"), max_length=4000)
    vote_count = models.PositiveIntegerField(_("votes"), default=0)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    accepted = models.BooleanField(_("answer accepted"), default=False)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-vote_count", "created_at"]

    def __str__(self) -> str:
        return self.body[:60]


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "user"], name="etisc_vote_unique")]

    def __str__(self) -> str:
        return f"{self.user} votes for question {self.question_id}"


class NewsItem(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    published_on = models.DateField(_("published"))
    source_url = models.URLField(_("source"), blank=True)
    reviewed_on = models.DateField(_("reviewed"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        ordering = ["-published_on"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("etisc:news_detail", args=[self.slug])


class EventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Events of no group are for everyone; a group's events are read by whoever reads its topics."""
        return self.filter(Q(group__isnull=True) | Q(group__in=Group.objects.readable_by(user)))

    def public(self):
        return self.visible_to(AnonymousUser())

    def upcoming(self, moment=None):
        return self.filter(ends_at__gte=moment or timezone.now()).order_by("starts_at")

    def past(self, moment=None):
        return self.filter(ends_at__lt=moment or timezone.now()).order_by("-starts_at")


class Event(models.Model):
    class Kind(models.TextChoices):
        WEBINAR = "webinar", _("Webinar")
        WORKSHOP = "workshop", _("Workshop")
        CONFERENCE = "conference", _("Conference")

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    timezone = models.CharField(
        _("time zone"), max_length=60, default="UTC", help_text=_("IANA name, e.g. Europe/Zurich")
    )
    online_url = models.URLField(_("online link"), blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    registration_url = models.URLField(_("registration"), blank=True)
    recording_url = models.URLField(_("recording"), blank=True)
    slides_url = models.URLField(_("slides"), blank=True)
    group = models.ForeignKey(Group, on_delete=models.SET_NULL, null=True, blank=True, related_name="events")
    source_url = models.URLField(_("source"), blank=True)
    reviewed_on = models.DateField(_("reviewed"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("etisc:event", args=[self.slug])


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", _("Replies to my posts and topics")
        MENTION = "mention", _("Mentions of @me")
        WATCHED = "watched", _("New posts in topics and groups I watch")
        ANSWER = "answer", _("Answers to my questions")
        EVENT = "event", _("New events in groups I follow")
        REVISED = "revised", _("Revisions of database reports I follow")

    class EmailState(models.TextChoices):
        PENDING = "pending", _("To send")
        SENT = "sent", _("Sent")
        DIGEST = "digest", _("Waiting for the daily digest")
        SKIPPED = "skipped", _("Not sent by e-mail")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="etisc_notifications"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300)
    # What the notification is about, so access can be checked again when it is sent.
    post = models.ForeignKey(Post, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email_state = models.CharField(max_length=10, choices=EmailState.choices, default=EmailState.PENDING)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="etisc_notification_unread")]

    def __str__(self) -> str:
        return self.text


class NotificationPreference(models.Model):
    """What a user wants to hear about; a missing row means every kind on, e-mail at once."""

    class EmailMode(models.TextChoices):
        IMMEDIATE = "immediate", _("Send each notification by e-mail")
        DAILY = "daily", _("One daily digest")
        OFF = "off", _("No e-mail")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="etisc_preference")
    reply = models.BooleanField(Notification.Kind.REPLY.label, default=True)
    mention = models.BooleanField(Notification.Kind.MENTION.label, default=True)
    watched = models.BooleanField(Notification.Kind.WATCHED.label, default=True)
    answer = models.BooleanField(Notification.Kind.ANSWER.label, default=True)
    event = models.BooleanField(Notification.Kind.EVENT.label, default=True)
    revised = models.BooleanField(Notification.Kind.REVISED.label, default=True)
    email_mode = models.CharField(_("e-mail"), max_length=10, choices=EmailMode.choices, default=EmailMode.IMMEDIATE)

    def __str__(self) -> str:
        return f"Notification settings of {self.user}"

    def wants(self, kind: str) -> bool:
        return getattr(self, kind)
