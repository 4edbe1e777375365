from tisc.models.directory import Institution, InstitutionService, Network
from tisc.models.projects import Activity, Indicator, Project, Target
from tisc.models.records import MonthlyRollup, ServiceRequest, TrainingEvent
from tisc.models.reports import ReminderSent, Report, ReportEvent, ReportSnapshot
from tisc.models.roles import Membership

__all__ = [
    "Activity",
    "Indicator",
    "Institution",
    "InstitutionService",
    "Membership",
    "MonthlyRollup",
    "Network",
    "Project",
    "ReminderSent",
    "Report",
    "ReportEvent",
    "ReportSnapshot",
    "ServiceRequest",
    "Target",
    "TrainingEvent",
]
