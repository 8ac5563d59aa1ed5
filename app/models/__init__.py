"""Storage: peewee models and the schema's migrations. No Qt here."""

from app.models.base import BaseModel, database
from app.models.calendar import Greeting, GreetingTemplate, ShopDate
from app.models.connection import StorageError
from app.models.customer import (
    ALL_MODELS,
    ChangeLog,
    Customer,
    CustomerPhoto,
    CustomerTag,
    FamilyMember,
    FollowUp,
    SearchKey,
    Setting,
    Tag,
    Visit,
    VisitItem,
)
from app.models.enums import (
    Calendar,
    ChangeAction,
    DayKind,
    ExpiryPolicy,
    FollowUpChannel,
    Gender,
    Grade,
    OccasionKind,
    PointsKind,
    RewardKind,
)
from app.models.points import PointsEntry, PointsRule, Reward

__all__ = [
    "ALL_MODELS",
    "BaseModel",
    "Calendar",
    "ChangeAction",
    "ChangeLog",
    "Customer",
    "CustomerPhoto",
    "CustomerTag",
    "DayKind",
    "ExpiryPolicy",
    "FamilyMember",
    "FollowUp",
    "FollowUpChannel",
    "Gender",
    "Grade",
    "Greeting",
    "GreetingTemplate",
    "OccasionKind",
    "PointsEntry",
    "PointsKind",
    "PointsRule",
    "Reward",
    "RewardKind",
    "SearchKey",
    "Setting",
    "ShopDate",
    "StorageError",
    "Tag",
    "Visit",
    "VisitItem",
    "database",
]
