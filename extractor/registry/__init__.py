"""Who holds which post, across articles: a registry built from the batch's JSON Lines (issue #14)."""

from .schema import RegistryError
from .store import OrgPost, PersonPost, Registry

__all__ = ["OrgPost", "PersonPost", "Registry", "RegistryError"]
