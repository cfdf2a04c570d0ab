"""Sentences and labels of the digital-violence protocol, in the user's language.

Used by the protocol tab, the CLI and :func:`mpi_desktop.messages.describe`
(which delegates the protocol's own failures here).
"""

from __future__ import annotations

from collections.abc import Callable

from mpi_desktop.domain import dv_review as dr
from mpi_desktop.domain.dv_protocol import ProtocolFileError, UnknownProtocolVersion
from mpi_desktop.domain.validation import Issue, ValidationFailed
from mpi_desktop.i18n import translate
from mpi_desktop.interchange.errors import ImportIssue
from mpi_desktop.storage import evidence as ev
from mpi_desktop.storage.dv_reviews import NotAnUrgentMeasure, NothingToEscalate
from mpi_desktop.storage.evidence_export import MetadataRemovalFailed, NothingToPackage


def format_size(size: int) -> str:
    if size < 1024:
        return translate("Protocol", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return translate("Protocol", "{n} KB").format(n=f"{size / 1024:.0f}")
    return translate("Protocol", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def item_status_label(status: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        dr.PENDING: lambda: translate("Protocol", "Pending"),
        dr.DONE: lambda: translate("Protocol", "Done"),
        dr.NOT_APPLICABLE: lambda: translate("Protocol", "Not applicable"),
    }
    label = labels.get(status)
    return label() if label else status


def review_status_label(status: str) -> str:
    if status == dr.COMPLETED:
        return translate("Protocol", "Completed")
    if status == dr.IN_PROGRESS:
        return translate("Protocol", "In progress")
    return status


def event_label(kind: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        dr.GATE_FIRED: lambda: translate("Protocol", "Physical risk reported: escalation "
                                         "prompted"),
        dr.URGENT_MEASURE_PROPOSED: lambda: translate("Protocol", "Urgent measure proposed"),
        dr.RISK_ASSESSMENT_STARTED: lambda: translate("Protocol", "New risk assessment started"),
        dr.GATE_DISMISSED: lambda: translate("Protocol", "Escalation declined"),
        dr.MEASURES_PROPOSED: lambda: translate("Protocol",
                                                "Suggested measures added to the plan"),
    }
    label = labels.get(kind)
    return label() if label else kind


def custody_action_label(action: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        ev.INTAKE: lambda: translate("Protocol", "Intake (hash computed)"),
        ev.PREVIEW: lambda: translate("Protocol", "Preview"),
        ev.OPEN: lambda: translate("Protocol", "Opened"),
        ev.EXPORT: lambda: translate("Protocol", "Exported as a file"),
        ev.PACKAGE: lambda: translate("Protocol", "Included in an encrypted package"),
        ev.PACKAGE_PLAIN: lambda: translate("Protocol", "Included in an unencrypted folder"),
        ev.EDIT: lambda: translate("Protocol", "Description corrected"),
        ev.DAMAGE_DETECTED: lambda: translate("Protocol", "Damage detected (hash mismatch)"),
        ev.INTERCHANGE_IMPORT: lambda: translate("Protocol", "Received through a data import"),
    }
    label = labels.get(action)
    return label() if label else action


FIELD_LABELS: dict[str, Callable[[], str]] = {
    "types": lambda: translate("Protocol", "Types of digital violence"),
    "platforms": lambda: translate("Protocol", "Platforms"),
    "aggravating": lambda: translate("Protocol", "Aggravating factors"),
    "aggressor_type": lambda: translate("Protocol", "Aggressor"),
    "aggressor_notes": lambda: translate("Protocol", "Aggressor's accounts or profiles"),
    "notes": lambda: translate("Protocol", "Notes"),
    "items": lambda: translate("Protocol", "Checklist"),
    "reason": lambda: translate("Protocol", "Reason"),
    "measures": lambda: translate("Protocol", "Measures"),
    "current_step": lambda: translate("Protocol", "Step"),
    "protocol_version": lambda: translate("Protocol", "Protocol version"),
    "source_url": lambda: translate("Protocol", "URL"),
    "source_handle": lambda: translate("Protocol", "Account or handle"),
    "platform": lambda: translate("Protocol", "Platform"),
    "collected_by": lambda: translate("Protocol", "Collected by"),
}


def describe_issue(issue: Issue) -> str:
    head = issue.field.split(".", 1)[0]
    label = FIELD_LABELS.get(head)
    where = label() if label else issue.field
    if issue.code == "wrong_protocol_version":
        text = translate("Protocol", "The review belongs to protocol version {found}, not "
                         "{expected}.").format(found=issue.params.get("found", ""),
                                               expected=issue.params.get("expected", ""))
    elif issue.code == "not_a_question":
        text = translate("Protocol", "This item is not a yes/no question.")
    else:
        from mpi_desktop.texts.validation import describe_issue as generic

        text = generic(issue)
    return f"{where}: {text}"


def describe(exc: BaseException) -> str | None:
    """The sentence for one of the protocol's failures, or None if it is not one."""
    if isinstance(exc, ev.EvidenceTooLarge):
        return translate(
            "ProtocolErrors", "{name} is {size}; evidence files can be at most {limit}. "
            "Nothing was stored. Keep larger recordings on an encrypted medium and describe "
            "where in the notes.").format(name=exc.name, size=format_size(exc.size),
                                          limit=format_size(exc.limit))
    if isinstance(exc, ev.EvidenceUnreadable):
        reasons: dict[str, Callable[[], str]] = {
            "missing": lambda: translate("ProtocolErrors", "the file does not exist"),
            "not_a_file": lambda: translate("ProtocolErrors", "it is a folder, not a file"),
            "permission": lambda: translate("ProtocolErrors", "permission denied"),
            "empty": lambda: translate("ProtocolErrors", "the file is empty"),
            "changed": lambda: translate("ProtocolErrors",
                                         "the file changed while it was being read"),
        }
        reason = reasons.get(exc.reason)
        return translate("ProtocolErrors", "Cannot read {name}: {reason}. Nothing was stored."
                         ).format(name=exc.name,
                                  reason=reason() if reason else exc.detail or exc.reason)
    if isinstance(exc, ev.DuplicateEvidence):
        return translate(
            "ProtocolErrors", "This file is already evidence in this case: “{name}”, attached "
            "{at} by {actor} (identical SHA-256). It was not stored twice."
        ).format(name=exc.existing.original_name, at=exc.existing.created_at[:16].replace(
            "T", " "), actor=exc.existing.created_by)
    if isinstance(exc, ev.EvidenceDamaged):
        return translate(
            "ProtocolErrors", "The evidence “{name}” is damaged: its content no longer matches "
            "the SHA-256 taken at intake ({detail}). It was not shown or exported; the "
            "detection was recorded in its chain of custody. Restore the vault from a backup "
            "to recover the original.").format(name=exc.name, detail=exc.detail)
    if isinstance(exc, MetadataRemovalFailed):
        return translate(
            "ProtocolErrors", "The image “{name}” could not be decoded, so its metadata cannot "
            "be removed. Nothing was exported; export it without removing metadata if you "
            "need it.").format(name=exc.name)
    if isinstance(exc, NothingToPackage):
        return translate("ProtocolErrors", "There is no evidence to package in this case.")
    if isinstance(exc, NothingToEscalate):
        return translate("ProtocolErrors",
                         "Choose an urgent measure, a new risk assessment, or both.")
    if isinstance(exc, NotAnUrgentMeasure):
        return translate("ProtocolErrors", "“{code}” is not an urgent protection measure."
                         ).format(code=exc.code)
    if isinstance(exc, UnknownProtocolVersion):
        return translate(
            "ProtocolErrors", "This review was made with version {version} of the "
            "digital-violence protocol, which this installation does not have. Update MPI "
            "Desktop; the review was not changed.").format(version=exc.version)
    if isinstance(exc, ProtocolFileError):
        return translate(
            "ProtocolErrors", "The digital-violence protocol file {path} is not valid "
            "(entry {entry}: {problem}). Reinstall MPI Desktop or fix the file."
        ).format(path=exc.path, entry=exc.entry or "-", problem=exc.problem)
    if isinstance(exc, ValidationFailed) and exc.entity in ("dv_review", "evidence"):
        return "\n".join(describe_issue(i) for i in exc.issues)
    return None


def describe_import_issue(issue: ImportIssue) -> str | None:
    """Sentences for the import problems of the review and evidence sections."""
    p = issue.params
    texts: dict[str, Callable[[], str]] = {
        "unknown_protocol_version": lambda: translate(
            "ProtocolErrors", "Digital-violence protocol version {version} is not installed "
            "here; update MPI Desktop before importing this review.").format(
                version=p.get("version", "")),
        "wrong_protocol_version": lambda: translate(
            "ProtocolErrors", "The review does not match its protocol version."),
        "not_a_question": lambda: translate(
            "ProtocolErrors", "This checklist item is not a yes/no question."),
        "unknown_review": lambda: translate(
            "ProtocolErrors", "This review is neither in the file nor in the vault."),
        "duplicate_evidence": lambda: translate(
            "ProtocolErrors", "The same evidence (identical SHA-256) is already in this case "
            "({first}).").format(first=p.get("first", "")),
        "content_missing": lambda: translate(
            "ProtocolErrors", "The file carries only the description of this evidence (its "
            "content did not fit in the export) and this vault does not have it."),
        "content_conflict": lambda: translate(
            "ProtocolErrors", "Evidence with this UUID is already in the vault with different "
            "content; evidence content never changes."),
        "bad_base64": lambda: translate(
            "ProtocolErrors", "The evidence content is not valid base64."),
        "content_hash_mismatch": lambda: translate(
            "ProtocolErrors", "The evidence content does not match its SHA-256 or size: it was "
            "altered or damaged."),
    }
    text = texts.get(issue.code)
    return text() if text else None
