"""The methods of gsscb's record classes, as ``dataclasses`` writes them (records.py).

Written by ``python -m gsscb_cli.records`` (Python 3.11); do not edit by hand.
"""

# fmt: off
# ruff: noqa
# mypy: ignore-errors
from typing import Any, Callable

TEXTS: dict[str, Callable[..., Any]] = {}


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.approved,self.published,self.url,self.retention_reviewed,)==(other.approved,other.published,other.url,other.retention_reviewed,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.approved,self.published,self.url,self.retention_reviewed,)==(other.approved,other.published,other.url,other.retention_reviewed,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.attending_people,self.member_keys,self.represented,self.seats,self.rejected,self.uncertain,self.chair_key,self.vice_key,)==(other.attending_people,other.member_keys,other.represented,other.seats,other.rejected,other.uncertain,other.chair_key,other.vice_key,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.attending_people,self.member_keys,self.represented,self.seats,self.rejected,self.uncertain,self.chair_key,self.vice_key,)==(other.attending_people,other.member_keys,other.represented,other.seats,other.rejected,other.uncertain,other.chair_key,other.vice_key,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.board,self.people,self.partnerships,self.meetings,self.priorities,self.requirements,self.work,self.kinds,self.catalogue_default,)==(other.board,other.people,other.partnerships,other.meetings,other.priorities,other.requirements,other.work,other.kinds,other.catalogue_default,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.board,self.people,self.partnerships,self.meetings,self.priorities,self.requirements,self.work,self.kinds,self.catalogue_default,)==(other.board,other.people,other.partnerships,other.meetings,other.priorities,other.requirements,other.work,other.kinds,other.catalogue_default,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.by_id,self.position,self.holders,self.held_by,self.chair_seats,self.attends,)==(other.by_id,other.position,other.holders,other.held_by,other.chair_seats,other.attends,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.by_id,self.position,self.holders,self.held_by,self.chair_seats,self.attends,)==(other.by_id,other.position,other.holders,other.held_by,other.chair_seats,other.attends,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dataset,self.as_of,self.overrides,)==(other.dataset,other.as_of,other.overrides,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.dataset,self.as_of,self.overrides,)==(other.dataset,other.as_of,other.overrides,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.date,self.text,)==(other.date,other.text,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.date,self.text,)==(other.date,other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.document,self.clause,self.record,)==(other.document,other.clause,other.record,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.document,self.clause,self.record,)==(other.document,other.clause,other.record,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.due_soon_days,self.attendance_window,self.attendance_min_share,self.minutes_publication_days,self.priority_stale_days,self.funding_ending_days,self.minutes_approval,self.progress_dated_days,)==(other.due_soon_days,other.attendance_window,other.attendance_min_share,other.minutes_publication_days,other.priority_stale_days,other.funding_ending_days,other.minutes_approval,other.progress_dated_days,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.due_soon_days,self.attendance_window,self.attendance_min_share,self.minutes_publication_days,self.priority_stale_days,self.funding_ending_days,self.minutes_approval,self.progress_dated_days,)==(other.due_soon_days,other.attendance_window,other.attendance_min_share,other.minutes_publication_days,other.priority_stale_days,other.funding_ending_days,other.minutes_approval,other.progress_dated_days,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.en,self.cy,)==(other.en,other.cy,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.en,self.cy,)==(other.en,other.cy,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,)==(other.file,other.line,other.column,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,)==(other.file,other.line,other.column,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.as_of,self.title,self.fail_on,self.names,self.width,self.verbose,self.statistics,)==(other.findings,other.as_of,other.title,other.fail_on,other.names,other.width,other.verbose,other.statistics,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.as_of,self.title,self.fail_on,self.names,self.width,self.verbose,self.statistics,)==(other.findings,other.as_of,other.title,other.fail_on,other.names,other.width,other.verbose,other.statistics,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.funder,self.description,self.amount_gbp,self.amount_text,self.confirmed,)==(other.funder,other.description,other.amount_gbp,other.amount_text,other.confirmed,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.funder,self.description,self.amount_gbp,self.amount_text,self.confirmed,)==(other.funder,other.description,other.amount_gbp,other.amount_text,other.confirmed,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.funding,self.returns,self.initiatives,self.groups,self.issues,)==(other.funding,other.returns,other.initiatives,other.groups,other.issues,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.funding,self.returns,self.initiatives,self.groups,self.issues,)==(other.funding,other.returns,other.initiatives,other.groups,other.issues,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.applies_to,self.output,self.due_rule,self.cadence,self.source,self.basis,self.verified,self.obligation_kind,self.note,self.loc,)==(other.id,other.applies_to,other.output,other.due_rule,other.cadence,other.source,other.basis,other.verified,other.obligation_kind,other.note,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.applies_to,self.output,self.due_rule,self.cadence,self.source,self.basis,self.verified,self.obligation_kind,self.note,self.loc,)==(other.id,other.applies_to,other.output,other.due_rule,other.cadence,other.source,other.basis,other.verified,other.obligation_kind,other.note,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.check_fn,self.doc,self.group,self.codes,)==(other.id,other.check_fn,other.doc,other.group,other.codes,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.check_fn,self.doc,self.group,self.codes,)==(other.id,other.check_fn,other.doc,other.group,other.codes,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.date,self.kind,self.status,self.attendance,self.agenda,self.title,self.start,self.end,self.location,self.cancellation_reason,self.papers_circulated,self.declarations,self.decisions,self.actions,self.minutes,self.publish,self.source,self.assumed,self.loc,)==(other.id,other.date,other.kind,other.status,other.attendance,other.agenda,other.title,other.start,other.end,other.location,other.cancellation_reason,other.papers_circulated,other.declarations,other.decisions,other.actions,other.minutes,other.publish,other.source,other.assumed,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.date,self.kind,self.status,self.attendance,self.agenda,self.title,self.start,self.end,self.location,self.cancellation_reason,self.papers_circulated,self.declarations,self.decisions,self.actions,self.minutes,self.publish,self.source,self.assumed,self.loc,)==(other.id,other.date,other.kind,other.status,other.attendance,other.agenda,other.title,other.start,other.end,other.location,other.cancellation_reason,other.papers_circulated,other.declarations,other.decisions,other.actions,other.minutes,other.publish,other.source,other.assumed,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.measure,self.text,self.value,self.source,)==(other.id,other.measure,other.text,other.value,other.source,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.measure,self.text,self.value,self.source,)==(other.id,other.measure,other.text,other.value,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.meeting,self.text,self.status,self.owner,self.due,self.completed,self.item,self.marking,self.priority,self.loc,)==(other.id,other.meeting,other.text,other.status,other.owner,other.due,other.completed,other.item,other.marking,other.priority,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.meeting,self.text,self.status,self.owner,self.due,self.completed,self.item,self.marking,self.priority,self.loc,)==(other.id,other.meeting,other.text,other.status,other.owner,other.due,other.completed,other.item,other.marking,other.priority,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.article,self.loc,)==(other.id,other.name,other.article,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.article,self.loc,)==(other.id,other.name,other.article,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.findings,)==(other.id,other.name,other.findings,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.findings,)==(other.id,other.name,other.findings,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.kind,self.area,self.chair,self.vice_chair,self.meets_status,self.meets_frequency,self.meets_every_months,self.last_met,self.obligations,self.short_name,self.legal_basis,self.survey,self.source,self.loc,)==(other.id,other.name,other.kind,other.area,other.chair,other.vice_chair,other.meets_status,other.meets_frequency,other.meets_every_months,other.last_met,other.obligations,other.short_name,other.legal_basis,other.survey,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.kind,self.area,self.chair,self.vice_chair,self.meets_status,self.meets_frequency,self.meets_every_months,self.last_met,self.obligations,self.short_name,self.legal_basis,self.survey,self.source,self.loc,)==(other.id,other.name,other.kind,other.area,other.chair,other.vice_chair,other.meets_status,other.meets_frequency,other.meets_every_months,other.last_met,other.obligations,other.short_name,other.legal_basis,other.survey,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.kind,self.reports_to,self.purpose,self.status,self.members,self.partnerships,self.chair,self.formed,self.priorities,self.meetings,self.note,self.source,self.loc,)==(other.id,other.name,other.kind,other.reports_to,other.purpose,other.status,other.members,other.partnerships,other.chair,other.formed,other.priorities,other.meetings,other.note,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.kind,self.reports_to,self.purpose,self.status,self.members,self.partnerships,self.chair,self.formed,self.priorities,self.meetings,self.note,self.source,self.loc,)==(other.id,other.name,other.kind,other.reports_to,other.purpose,other.status,other.members,other.partnerships,other.chair,other.formed,other.priorities,other.meetings,other.note,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.short_name,self.purpose,self.reports_to,self.administered_by,self.tor_version,self.tor_agreed,self.tor_last_reviewed,self.tor_review_months,self.tor_history,self.chair,self.vice_chair,self.partnership_ids,self.seats,self.invitees,self.quorum_other_members,self.quorum_chair_or_vice,self.quorum_impacted_chairs,self.deputy_chair_agreement,self.deputy_delegated_authority,self.meetings_per_year,self.first_meeting,self.papers_days_before,self.declarations_required,self.minutes_retention_years,self.minutes_published_on,self.meetings_public,self.priorities_review_months,self.thresholds,self.tor_document,self.aob_at_chair_discretion,self.extraordinary_meetings,self.quorum_fraction,self.quorum_rounding,self.quorum_chair_counts,self.quorum_known,self.year_start,self.tor_file,self.tor_section,self.loc,)==(other.id,other.name,other.short_name,other.purpose,other.reports_to,other.administered_by,other.tor_version,other.tor_agreed,other.tor_last_reviewed,other.tor_review_months,other.tor_history,other.chair,other.vice_chair,other.partnership_ids,other.seats,other.invitees,other.quorum_other_members,other.quorum_chair_or_vice,other.quorum_impacted_chairs,other.deputy_chair_agreement,other.deputy_delegated_authority,other.meetings_per_year,other.first_meeting,other.papers_days_before,other.declarations_required,other.minutes_retention_years,other.minutes_published_on,other.meetings_public,other.priorities_review_months,other.thresholds,other.tor_document,other.aob_at_chair_discretion,other.extraordinary_meetings,other.quorum_fraction,other.quorum_rounding,other.quorum_chair_counts,other.quorum_known,other.year_start,other.tor_file,other.tor_section,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.short_name,self.purpose,self.reports_to,self.administered_by,self.tor_version,self.tor_agreed,self.tor_last_reviewed,self.tor_review_months,self.tor_history,self.chair,self.vice_chair,self.partnership_ids,self.seats,self.invitees,self.quorum_other_members,self.quorum_chair_or_vice,self.quorum_impacted_chairs,self.deputy_chair_agreement,self.deputy_delegated_authority,self.meetings_per_year,self.first_meeting,self.papers_days_before,self.declarations_required,self.minutes_retention_years,self.minutes_published_on,self.meetings_public,self.priorities_review_months,self.thresholds,self.tor_document,self.aob_at_chair_discretion,self.extraordinary_meetings,self.quorum_fraction,self.quorum_rounding,self.quorum_chair_counts,self.quorum_known,self.year_start,self.tor_file,self.tor_section,self.loc,)==(other.id,other.name,other.short_name,other.purpose,other.reports_to,other.administered_by,other.tor_version,other.tor_agreed,other.tor_last_reviewed,other.tor_review_months,other.tor_history,other.chair,other.vice_chair,other.partnership_ids,other.seats,other.invitees,other.quorum_other_members,other.quorum_chair_or_vice,other.quorum_impacted_chairs,other.deputy_chair_agreement,other.deputy_delegated_authority,other.meetings_per_year,other.first_meeting,other.papers_days_before,other.declarations_required,other.minutes_retention_years,other.minutes_published_on,other.meetings_public,other.priorities_review_months,other.thresholds,other.tor_document,other.aob_at_chair_discretion,other.extraordinary_meetings,other.quorum_fraction,other.quorum_rounding,other.quorum_chair_counts,other.quorum_known,other.year_start,other.tor_file,other.tor_section,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.name,self.status,self.also_called,self.led_by,self.convened_by,self.start,self.end,self.summary,self.aims,self.places_designated,self.places_additional,self.priority,self.partnerships,self.funding,self.themes,self.outcomes,self.outcomes_note,self.highlights,self.challenges,self.recommendations,self.conclusion,self.authors,self.source,self.loc,)==(other.id,other.name,other.status,other.also_called,other.led_by,other.convened_by,other.start,other.end,other.summary,other.aims,other.places_designated,other.places_additional,other.priority,other.partnerships,other.funding,other.themes,other.outcomes,other.outcomes_note,other.highlights,other.challenges,other.recommendations,other.conclusion,other.authors,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.name,self.status,self.also_called,self.led_by,self.convened_by,self.start,self.end,self.summary,self.aims,self.places_designated,self.places_additional,self.priority,self.partnerships,self.funding,self.themes,self.outcomes,self.outcomes_note,self.highlights,self.challenges,self.recommendations,self.conclusion,self.authors,self.source,self.loc,)==(other.id,other.name,other.status,other.also_called,other.led_by,other.convened_by,other.start,other.end,other.summary,other.aims,other.places_designated,other.places_additional,other.priority,other.partnerships,other.funding,other.themes,other.outcomes,other.outcomes_note,other.highlights,other.challenges,other.recommendations,other.conclusion,other.authors,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.number,self.title,self.agreed,self.status,self.description,self.agreed_at,self.requested_by,self.lead,self.milestones,self.updates,self.funding,self.source,self.loc,)==(other.id,other.number,other.title,other.agreed,other.status,other.description,other.agreed_at,other.requested_by,other.lead,other.milestones,other.updates,other.funding,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.number,self.title,self.agreed,self.status,self.description,self.agreed_at,self.requested_by,self.lead,self.milestones,self.updates,self.funding,self.source,self.loc,)==(other.id,other.number,other.title,other.agreed,other.status,other.description,other.agreed_at,other.requested_by,other.lead,other.milestones,other.updates,other.funding,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.partnership,self.kind,self.title,self.basis,self.status,self.requirement,self.due,self.last_completed,self.every_months,self.completed,self.verified,self.note,self.source,self.loc,)==(other.id,other.partnership,other.kind,other.title,other.basis,other.status,other.requirement,other.due,other.last_completed,other.every_months,other.completed,other.verified,other.note,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.partnership,self.kind,self.title,self.basis,self.status,self.requirement,self.due,self.last_completed,self.every_months,self.completed,self.verified,self.note,self.source,self.loc,)==(other.id,other.partnership,other.kind,other.title,other.basis,other.status,other.requirement,other.due,other.last_completed,other.every_months,other.completed,other.verified,other.note,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.priority,self.title,self.status,self.due,self.completed,self.at_meeting,self.loc,)==(other.id,other.priority,other.title,other.status,other.due,other.completed,other.at_meeting,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.priority,self.title,self.status,self.due,self.completed,self.at_meeting,self.loc,)==(other.id,other.priority,other.title,other.status,other.due,other.completed,other.at_meeting,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.recipient,self.purpose,self.continuation,self.funder,self.recipients,self.priority,self.initiative,self.partnership,self.amount_gbp,self.amount_min_gbp,self.amount_max_gbp,self.amount_text,self.confirmed,self.financial_year,self.start,self.end,self.followed_by,self.spent_gbp,self.claimed_gbp,self.spent_as_of,self.note,self.source,self.loc,)==(other.id,other.recipient,other.purpose,other.continuation,other.funder,other.recipients,other.priority,other.initiative,other.partnership,other.amount_gbp,other.amount_min_gbp,other.amount_max_gbp,other.amount_text,other.confirmed,other.financial_year,other.start,other.end,other.followed_by,other.spent_gbp,other.claimed_gbp,other.spent_as_of,other.note,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.recipient,self.purpose,self.continuation,self.funder,self.recipients,self.priority,self.initiative,self.partnership,self.amount_gbp,self.amount_min_gbp,self.amount_max_gbp,self.amount_text,self.confirmed,self.financial_year,self.start,self.end,self.followed_by,self.spent_gbp,self.claimed_gbp,self.spent_as_of,self.note,self.source,self.loc,)==(other.id,other.recipient,other.purpose,other.continuation,other.funder,other.recipients,other.priority,other.initiative,other.partnership,other.amount_gbp,other.amount_min_gbp,other.amount_max_gbp,other.amount_text,other.confirmed,other.financial_year,other.start,other.end,other.followed_by,other.spent_gbp,other.claimed_gbp,other.spent_as_of,other.note,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.role,self.name,self.organisation,self.loc,)==(other.id,other.role,other.name,other.organisation,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.role,self.name,self.organisation,self.loc,)==(other.id,other.role,other.name,other.organisation,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.severity,self.group,self.summary,self.doc,self.levels,)==(other.id,other.severity,other.group,other.summary,other.doc,other.levels,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.severity,self.group,self.summary,self.doc,self.levels,)==(other.id,other.severity,other.group,other.summary,other.doc,other.levels,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.severity,self.summary,self.what,self.example,)==(other.id,other.severity,other.summary,other.what,other.example,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.severity,self.summary,self.what,self.example,)==(other.id,other.severity,other.summary,other.what,other.example,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.text,self.item,self.loc,)==(other.id,other.text,other.item,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.text,self.item,self.loc,)==(other.id,other.text,other.item,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.lead,self.paper,self.marking,self.decision_sought,self.impacted_partnerships,self.summary,self.outcome,self.loc,)==(other.id,other.title,other.lead,other.paper,other.marking,other.decision_sought,other.impacted_partnerships,other.summary,other.outcome,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.lead,self.paper,self.marking,self.decision_sought,self.impacted_partnerships,self.summary,self.outcome,self.loc,)==(other.id,other.title,other.lead,other.paper,other.marking,other.decision_sought,other.impacted_partnerships,other.summary,other.outcome,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.organisation,self.chair_of,self.holder,self.loc,)==(other.id,other.title,other.organisation,other.chair_of,other.holder,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.organisation,self.chair_of,self.holder,self.loc,)==(other.id,other.title,other.organisation,other.chair_of,other.holder,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.raised,self.raised_by,self.status,self.summary,self.escalated_to_board,self.answer_priorities,self.answer_actions,self.answer_note,self.source,self.loc,)==(other.id,other.title,other.raised,other.raised_by,other.status,other.summary,other.escalated_to_board,other.answer_priorities,other.answer_actions,other.answer_note,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.raised,self.raised_by,self.status,self.summary,self.escalated_to_board,self.answer_priorities,self.answer_actions,self.answer_note,self.source,self.loc,)==(other.id,other.title,other.raised,other.raised_by,other.status,other.summary,other.escalated_to_board,other.answer_priorities,other.answer_actions,other.answer_note,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.to,self.what,self.status,self.also_to,self.prepared_by,self.priority,self.milestone,self.initiative,self.partnership,self.due,self.sent,self.note,self.source,self.loc,)==(other.id,other.to,other.what,other.status,other.also_to,other.prepared_by,other.priority,other.milestone,other.initiative,other.partnership,other.due,other.sent,other.note,other.source,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.to,self.what,self.status,self.also_to,self.prepared_by,self.priority,self.milestone,self.initiative,self.partnership,self.due,self.sent,self.note,self.source,self.loc,)==(other.id,other.to,other.what,other.status,other.also_to,other.prepared_by,other.priority,other.milestone,other.initiative,other.partnership,other.due,other.sent,other.note,other.source,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.item,self.verdict,self.present_chairs,self.missing_chairs,self.vacant_chairs,self.unknown_chairs,self.reasons,self.awaited_chairs,self.interests,self.meeting_reason,)==(other.item,other.verdict,other.present_chairs,other.missing_chairs,other.vacant_chairs,other.unknown_chairs,other.reasons,other.awaited_chairs,other.interests,other.meeting_reason,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.item,self.verdict,self.present_chairs,self.missing_chairs,self.vacant_chairs,self.unknown_chairs,self.reasons,self.awaited_chairs,self.interests,self.meeting_reason,)==(other.item,other.verdict,other.present_chairs,other.missing_chairs,other.vacant_chairs,other.unknown_chairs,other.reasons,other.awaited_chairs,other.interests,other.meeting_reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.params,)==(other.key,other.params,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.params,)==(other.key,other.params,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.basis,self.severity,)==(other.kind,other.basis,other.severity,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.basis,self.severity,)==(other.kind,other.basis,other.severity,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.part,)==(other.kind,other.id,other.part,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.part,)==(other.kind,other.id,other.part,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.meeting,self.mode,self.verdict,self.presiding,self.chair_present,self.vice_chair_present,self.others,self.others_required,self.uncertain,self.seats,self.rejected_deputies,self.guests,self.decisions,self.represented,self.chair_counted,self.quorum_known,)==(other.meeting,other.mode,other.verdict,other.presiding,other.chair_present,other.vice_chair_present,other.others,other.others_required,other.uncertain,other.seats,other.rejected_deputies,other.guests,other.decisions,other.represented,other.chair_counted,other.quorum_known,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.meeting,self.mode,self.verdict,self.presiding,self.chair_present,self.vice_chair_present,self.others,self.others_required,self.uncertain,self.seats,self.rejected_deputies,self.guests,self.decisions,self.represented,self.chair_counted,self.quorum_known,)==(other.meeting,other.mode,other.verdict,other.presiding,other.chair_present,other.vice_chair_present,other.others,other.others_required,other.uncertain,other.seats,other.rejected_deputies,other.guests,other.decisions,other.represented,other.chair_counted,other.quorum_known,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.agreed_by_chair,self.delegated_authority,self.person,)==(other.name,other.agreed_by_chair,other.delegated_authority,other.person,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.agreed_by_chair,self.delegated_authority,self.person,)==(other.name,other.agreed_by_chair,other.delegated_authority,other.person,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.context,self.problem,self.message,self.at_context,)==(other.name,other.context,other.problem,other.message,other.at_context,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.context,self.problem,self.message,self.at_context,)==(other.name,other.context,other.problem,other.message,other.at_context,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.person,self.organisation,self.purpose,)==(other.name,other.person,other.organisation,other.purpose,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.person,self.organisation,self.purpose,)==(other.name,other.person,other.organisation,other.purpose,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.partnership,self.quote,)==(other.partnership,other.quote,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.partnership,self.quote,)==(other.partnership,other.quote,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.partnerships,self.priorities,self.meetings,self.funding,self.initiatives,self.groups,self.actions,)==(other.partnerships,other.priorities,other.meetings,other.funding,other.initiatives,other.groups,other.actions,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.partnerships,self.priorities,self.meetings,self.funding,self.initiatives,self.groups,self.actions,)==(other.partnerships,other.priorities,other.meetings,other.funding,other.initiatives,other.groups,other.actions,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.recorded,self.members,self.guests,self.note,self.loc,)==(other.recorded,other.members,other.guests,other.note,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.recorded,self.members,self.guests,self.note,self.loc,)==(other.recorded,other.members,other.guests,other.note,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.severity,self.message,self.location,self.subject,self.code,self.basis,self.kind,self.params,self.due,self.citation,self.stable,)==(other.rule,other.severity,other.message,other.location,other.subject,other.code,other.basis,other.kind,other.params,other.due,other.citation,other.stable,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.severity,self.message,self.location,self.subject,self.code,self.basis,self.kind,self.params,self.due,self.citation,self.stable,)==(other.rule,other.severity,other.message,other.location,other.subject,other.code,other.basis,other.kind,other.params,other.due,other.citation,other.stable,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.seat,self.deputy,self.code,self.entry,)==(other.seat,other.deputy,other.code,other.entry,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.seat,self.deputy,self.code,self.entry,)==(other.seat,other.deputy,other.code,other.entry,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.seat,self.holder,self.status,self.attendee,self.deputy,self.counts,self.note,)==(other.seat,other.holder,other.status,other.attendee,other.deputy,other.counts,other.note,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.seat,self.holder,self.status,self.attendee,self.deputy,self.counts,self.note,)==(other.seat,other.holder,other.status,other.attendee,other.deputy,other.counts,other.note,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.seat,self.interest,self.item,)==(other.seat,other.interest,other.item,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.seat,self.interest,self.item,)==(other.seat,other.interest,other.item,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.seat,self.status,self.person,self.deputy,self.note,self.loc,)==(other.seat,other.status,other.person,other.deputy,other.note,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.seat,self.status,self.person,self.deputy,self.note,self.loc,)==(other.seat,other.status,other.person,other.deputy,other.note,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.year_start,self.index,self.count,)==(other.start,other.end,other.year_start,other.index,other.count,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.year_start,self.index,self.count,)==(other.start,other.end,other.year_start,other.index,other.count,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.date,self.note,)==(other.status,other.date,other.note,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.date,self.note,)==(other.status,other.date,other.note,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.person,self.since,self.until,self.note,self.loc,)==(other.status,other.person,other.since,other.until,other.note,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.person,self.since,self.until,self.note,self.loc,)==(other.status,other.person,other.since,other.until,other.note,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.seat,self.since,self.term_months,self.note,self.selection,self.loc,)==(other.status,other.seat,other.since,other.term_months,other.note,other.selection,other.loc,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.seat,self.since,self.term_months,self.note,self.selection,self.loc,)==(other.status,other.seat,other.since,other.term_months,other.note,other.selection,other.loc,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.theme,self.examples,)==(other.theme,other.examples,)
  return NotImplemented
 return __eq__


TEXTS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.theme,self.examples,)==(other.theme,other.examples,)\n  return NotImplemented\n return __eq__'] = __create_fn__


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,)>=(other.file,other.line,other.column,)
  return NotImplemented
 return __ge__


TEXTS['def __create_fn__():\n def __ge__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,)>=(other.file,other.line,other.column,)\n  return NotImplemented\n return __ge__'] = __create_fn__


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.part,)>=(other.kind,other.id,other.part,)
  return NotImplemented
 return __ge__


TEXTS['def __create_fn__():\n def __ge__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.part,)>=(other.kind,other.id,other.part,)\n  return NotImplemented\n return __ge__'] = __create_fn__


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,)>(other.file,other.line,other.column,)
  return NotImplemented
 return __gt__


TEXTS['def __create_fn__():\n def __gt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,)>(other.file,other.line,other.column,)\n  return NotImplemented\n return __gt__'] = __create_fn__


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.part,)>(other.kind,other.id,other.part,)
  return NotImplemented
 return __gt__


TEXTS['def __create_fn__():\n def __gt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.part,)>(other.kind,other.id,other.part,)\n  return NotImplemented\n return __gt__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.approved,self.published,self.url,self.retention_reviewed,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.approved,self.published,self.url,self.retention_reviewed,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.by_id,self.position,self.holders,self.held_by,self.chair_seats,self.attends,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.by_id,self.position,self.holders,self.held_by,self.chair_seats,self.attends,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.dataset,self.as_of,self.overrides,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.dataset,self.as_of,self.overrides,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.date,self.text,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.date,self.text,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.document,self.clause,self.record,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.document,self.clause,self.record,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.due_soon_days,self.attendance_window,self.attendance_min_share,self.minutes_publication_days,self.priority_stale_days,self.funding_ending_days,self.minutes_approval,self.progress_dated_days,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.due_soon_days,self.attendance_window,self.attendance_min_share,self.minutes_publication_days,self.priority_stale_days,self.funding_ending_days,self.minutes_approval,self.progress_dated_days,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.en,self.cy,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.en,self.cy,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.column,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.line,self.column,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.findings,self.as_of,self.title,self.fail_on,self.names,self.width,self.verbose,self.statistics,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.findings,self.as_of,self.title,self.fail_on,self.names,self.width,self.verbose,self.statistics,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.funder,self.description,self.amount_gbp,self.amount_text,self.confirmed,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.funder,self.description,self.amount_gbp,self.amount_text,self.confirmed,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.applies_to,self.output,self.due_rule,self.cadence,self.source,self.basis,self.verified,self.obligation_kind,self.note,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.applies_to,self.output,self.due_rule,self.cadence,self.source,self.basis,self.verified,self.obligation_kind,self.note,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.check_fn,self.doc,self.group,self.codes,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.check_fn,self.doc,self.group,self.codes,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.date,self.kind,self.status,self.attendance,self.agenda,self.title,self.start,self.end,self.location,self.cancellation_reason,self.papers_circulated,self.declarations,self.decisions,self.actions,self.minutes,self.publish,self.source,self.assumed,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.date,self.kind,self.status,self.attendance,self.agenda,self.title,self.start,self.end,self.location,self.cancellation_reason,self.papers_circulated,self.declarations,self.decisions,self.actions,self.minutes,self.publish,self.source,self.assumed,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.measure,self.text,self.value,self.source,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.measure,self.text,self.value,self.source,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.meeting,self.text,self.status,self.owner,self.due,self.completed,self.item,self.marking,self.priority,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.meeting,self.text,self.status,self.owner,self.due,self.completed,self.item,self.marking,self.priority,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.article,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.article,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.findings,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.findings,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.kind,self.area,self.chair,self.vice_chair,self.meets_status,self.meets_frequency,self.meets_every_months,self.last_met,self.obligations,self.short_name,self.legal_basis,self.survey,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.kind,self.area,self.chair,self.vice_chair,self.meets_status,self.meets_frequency,self.meets_every_months,self.last_met,self.obligations,self.short_name,self.legal_basis,self.survey,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.kind,self.reports_to,self.purpose,self.status,self.members,self.partnerships,self.chair,self.formed,self.priorities,self.meetings,self.note,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.kind,self.reports_to,self.purpose,self.status,self.members,self.partnerships,self.chair,self.formed,self.priorities,self.meetings,self.note,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.short_name,self.purpose,self.reports_to,self.administered_by,self.tor_version,self.tor_agreed,self.tor_last_reviewed,self.tor_review_months,self.tor_history,self.chair,self.vice_chair,self.partnership_ids,self.seats,self.invitees,self.quorum_other_members,self.quorum_chair_or_vice,self.quorum_impacted_chairs,self.deputy_chair_agreement,self.deputy_delegated_authority,self.meetings_per_year,self.first_meeting,self.papers_days_before,self.declarations_required,self.minutes_retention_years,self.minutes_published_on,self.meetings_public,self.priorities_review_months,self.thresholds,self.tor_document,self.aob_at_chair_discretion,self.extraordinary_meetings,self.quorum_fraction,self.quorum_rounding,self.quorum_chair_counts,self.quorum_known,self.year_start,self.tor_file,self.tor_section,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.short_name,self.purpose,self.reports_to,self.administered_by,self.tor_version,self.tor_agreed,self.tor_last_reviewed,self.tor_review_months,self.tor_history,self.chair,self.vice_chair,self.partnership_ids,self.seats,self.invitees,self.quorum_other_members,self.quorum_chair_or_vice,self.quorum_impacted_chairs,self.deputy_chair_agreement,self.deputy_delegated_authority,self.meetings_per_year,self.first_meeting,self.papers_days_before,self.declarations_required,self.minutes_retention_years,self.minutes_published_on,self.meetings_public,self.priorities_review_months,self.thresholds,self.tor_document,self.aob_at_chair_discretion,self.extraordinary_meetings,self.quorum_fraction,self.quorum_rounding,self.quorum_chair_counts,self.quorum_known,self.year_start,self.tor_file,self.tor_section,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.name,self.status,self.also_called,self.led_by,self.convened_by,self.start,self.end,self.summary,self.aims,self.places_designated,self.places_additional,self.priority,self.partnerships,self.funding,self.themes,self.outcomes,self.outcomes_note,self.highlights,self.challenges,self.recommendations,self.conclusion,self.authors,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.name,self.status,self.also_called,self.led_by,self.convened_by,self.start,self.end,self.summary,self.aims,self.places_designated,self.places_additional,self.priority,self.partnerships,self.funding,self.themes,self.outcomes,self.outcomes_note,self.highlights,self.challenges,self.recommendations,self.conclusion,self.authors,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.number,self.title,self.agreed,self.status,self.description,self.agreed_at,self.requested_by,self.lead,self.milestones,self.updates,self.funding,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.number,self.title,self.agreed,self.status,self.description,self.agreed_at,self.requested_by,self.lead,self.milestones,self.updates,self.funding,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.partnership,self.kind,self.title,self.basis,self.status,self.requirement,self.due,self.last_completed,self.every_months,self.completed,self.verified,self.note,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.partnership,self.kind,self.title,self.basis,self.status,self.requirement,self.due,self.last_completed,self.every_months,self.completed,self.verified,self.note,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.priority,self.title,self.status,self.due,self.completed,self.at_meeting,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.priority,self.title,self.status,self.due,self.completed,self.at_meeting,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.recipient,self.purpose,self.continuation,self.funder,self.recipients,self.priority,self.initiative,self.partnership,self.amount_gbp,self.amount_min_gbp,self.amount_max_gbp,self.amount_text,self.confirmed,self.financial_year,self.start,self.end,self.followed_by,self.spent_gbp,self.claimed_gbp,self.spent_as_of,self.note,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.recipient,self.purpose,self.continuation,self.funder,self.recipients,self.priority,self.initiative,self.partnership,self.amount_gbp,self.amount_min_gbp,self.amount_max_gbp,self.amount_text,self.confirmed,self.financial_year,self.start,self.end,self.followed_by,self.spent_gbp,self.claimed_gbp,self.spent_as_of,self.note,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.role,self.name,self.organisation,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.role,self.name,self.organisation,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.severity,self.group,self.summary,self.doc,self.levels,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.severity,self.group,self.summary,self.doc,self.levels,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.severity,self.summary,self.what,self.example,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.severity,self.summary,self.what,self.example,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.text,self.item,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.text,self.item,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.lead,self.paper,self.marking,self.decision_sought,self.impacted_partnerships,self.summary,self.outcome,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.lead,self.paper,self.marking,self.decision_sought,self.impacted_partnerships,self.summary,self.outcome,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.organisation,self.chair_of,self.holder,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.organisation,self.chair_of,self.holder,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.title,self.raised,self.raised_by,self.status,self.summary,self.escalated_to_board,self.answer_priorities,self.answer_actions,self.answer_note,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.title,self.raised,self.raised_by,self.status,self.summary,self.escalated_to_board,self.answer_priorities,self.answer_actions,self.answer_note,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.to,self.what,self.status,self.also_to,self.prepared_by,self.priority,self.milestone,self.initiative,self.partnership,self.due,self.sent,self.note,self.source,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.to,self.what,self.status,self.also_to,self.prepared_by,self.priority,self.milestone,self.initiative,self.partnership,self.due,self.sent,self.note,self.source,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.item,self.verdict,self.present_chairs,self.missing_chairs,self.vacant_chairs,self.unknown_chairs,self.reasons,self.awaited_chairs,self.interests,self.meeting_reason,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.item,self.verdict,self.present_chairs,self.missing_chairs,self.vacant_chairs,self.unknown_chairs,self.reasons,self.awaited_chairs,self.interests,self.meeting_reason,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.params,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.params,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.basis,self.severity,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.basis,self.severity,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.part,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.part,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.meeting,self.mode,self.verdict,self.presiding,self.chair_present,self.vice_chair_present,self.others,self.others_required,self.uncertain,self.seats,self.rejected_deputies,self.guests,self.decisions,self.represented,self.chair_counted,self.quorum_known,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.meeting,self.mode,self.verdict,self.presiding,self.chair_present,self.vice_chair_present,self.others,self.others_required,self.uncertain,self.seats,self.rejected_deputies,self.guests,self.decisions,self.represented,self.chair_counted,self.quorum_known,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.agreed_by_chair,self.delegated_authority,self.person,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.agreed_by_chair,self.delegated_authority,self.person,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.context,self.problem,self.message,self.at_context,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.context,self.problem,self.message,self.at_context,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.person,self.organisation,self.purpose,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.person,self.organisation,self.purpose,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.partnership,self.quote,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.partnership,self.quote,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.recorded,self.members,self.guests,self.note,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.recorded,self.members,self.guests,self.note,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.severity,self.message,self.location,self.subject,self.code,self.basis,self.kind,self.params,self.due,self.citation,self.stable,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.severity,self.message,self.location,self.subject,self.code,self.basis,self.kind,self.params,self.due,self.citation,self.stable,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.seat,self.deputy,self.code,self.entry,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.seat,self.deputy,self.code,self.entry,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.seat,self.holder,self.status,self.attendee,self.deputy,self.counts,self.note,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.seat,self.holder,self.status,self.attendee,self.deputy,self.counts,self.note,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.seat,self.interest,self.item,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.seat,self.interest,self.item,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.seat,self.status,self.person,self.deputy,self.note,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.seat,self.status,self.person,self.deputy,self.note,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.year_start,self.index,self.count,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.year_start,self.index,self.count,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.date,self.note,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.date,self.note,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.person,self.since,self.until,self.note,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.person,self.since,self.until,self.note,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.seat,self.since,self.term_months,self.note,self.selection,self.loc,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.seat,self.since,self.term_months,self.note,self.selection,self.loc,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __hash__(self):
  return hash((self.theme,self.examples,))
 return __hash__


TEXTS['def __create_fn__():\n def __hash__(self):\n  return hash((self.theme,self.examples,))\n return __hash__'] = __create_fn__


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,)<=(other.file,other.line,other.column,)
  return NotImplemented
 return __le__


TEXTS['def __create_fn__():\n def __le__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,)<=(other.file,other.line,other.column,)\n  return NotImplemented\n return __le__'] = __create_fn__


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.part,)<=(other.kind,other.id,other.part,)
  return NotImplemented
 return __le__


TEXTS['def __create_fn__():\n def __le__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.part,)<=(other.kind,other.id,other.part,)\n  return NotImplemented\n return __le__'] = __create_fn__


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,)<(other.file,other.line,other.column,)
  return NotImplemented
 return __lt__


TEXTS['def __create_fn__():\n def __lt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,)<(other.file,other.line,other.column,)\n  return NotImplemented\n return __lt__'] = __create_fn__


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.part,)<(other.kind,other.id,other.part,)
  return NotImplemented
 return __lt__


TEXTS['def __create_fn__():\n def __lt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.part,)<(other.kind,other.id,other.part,)\n  return NotImplemented\n return __lt__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(approved={self.approved!r}, published={self.published!r}, url={self.url!r}, retention_reviewed={self.retention_reviewed!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(approved={self.approved!r}, published={self.published!r}, url={self.url!r}, retention_reviewed={self.retention_reviewed!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(attending_people={self.attending_people!r}, member_keys={self.member_keys!r}, represented={self.represented!r}, seats={self.seats!r}, rejected={self.rejected!r}, uncertain={self.uncertain!r}, chair_key={self.chair_key!r}, vice_key={self.vice_key!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(attending_people={self.attending_people!r}, member_keys={self.member_keys!r}, represented={self.represented!r}, seats={self.seats!r}, rejected={self.rejected!r}, uncertain={self.uncertain!r}, chair_key={self.chair_key!r}, vice_key={self.vice_key!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(board={self.board!r}, people={self.people!r}, partnerships={self.partnerships!r}, meetings={self.meetings!r}, priorities={self.priorities!r}, requirements={self.requirements!r}, work={self.work!r}, kinds={self.kinds!r}, catalogue_default={self.catalogue_default!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(board={self.board!r}, people={self.people!r}, partnerships={self.partnerships!r}, meetings={self.meetings!r}, priorities={self.priorities!r}, requirements={self.requirements!r}, work={self.work!r}, kinds={self.kinds!r}, catalogue_default={self.catalogue_default!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(by_id={self.by_id!r}, position={self.position!r}, holders={self.holders!r}, held_by={self.held_by!r}, chair_seats={self.chair_seats!r}, attends={self.attends!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(by_id={self.by_id!r}, position={self.position!r}, holders={self.holders!r}, held_by={self.held_by!r}, chair_seats={self.chair_seats!r}, attends={self.attends!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, as_of={self.as_of!r}, overrides={self.overrides!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(dataset={self.dataset!r}, as_of={self.as_of!r}, overrides={self.overrides!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(date={self.date!r}, text={self.text!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(date={self.date!r}, text={self.text!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(document={self.document!r}, clause={self.clause!r}, record={self.record!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(document={self.document!r}, clause={self.clause!r}, record={self.record!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(due_soon_days={self.due_soon_days!r}, attendance_window={self.attendance_window!r}, attendance_min_share={self.attendance_min_share!r}, minutes_publication_days={self.minutes_publication_days!r}, priority_stale_days={self.priority_stale_days!r}, funding_ending_days={self.funding_ending_days!r}, minutes_approval={self.minutes_approval!r}, progress_dated_days={self.progress_dated_days!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(due_soon_days={self.due_soon_days!r}, attendance_window={self.attendance_window!r}, attendance_min_share={self.attendance_min_share!r}, minutes_publication_days={self.minutes_publication_days!r}, priority_stale_days={self.priority_stale_days!r}, funding_ending_days={self.funding_ending_days!r}, minutes_approval={self.minutes_approval!r}, progress_dated_days={self.progress_dated_days!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(en={self.en!r}, cy={self.cy!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(en={self.en!r}, cy={self.cy!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, column={self.column!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, column={self.column!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, as_of={self.as_of!r}, title={self.title!r}, fail_on={self.fail_on!r}, names={self.names!r}, width={self.width!r}, verbose={self.verbose!r}, statistics={self.statistics!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, as_of={self.as_of!r}, title={self.title!r}, fail_on={self.fail_on!r}, names={self.names!r}, width={self.width!r}, verbose={self.verbose!r}, statistics={self.statistics!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(funder={self.funder!r}, description={self.description!r}, amount_gbp={self.amount_gbp!r}, amount_text={self.amount_text!r}, confirmed={self.confirmed!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(funder={self.funder!r}, description={self.description!r}, amount_gbp={self.amount_gbp!r}, amount_text={self.amount_text!r}, confirmed={self.confirmed!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(funding={self.funding!r}, returns={self.returns!r}, initiatives={self.initiatives!r}, groups={self.groups!r}, issues={self.issues!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(funding={self.funding!r}, returns={self.returns!r}, initiatives={self.initiatives!r}, groups={self.groups!r}, issues={self.issues!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, applies_to={self.applies_to!r}, output={self.output!r}, due_rule={self.due_rule!r}, cadence={self.cadence!r}, source={self.source!r}, basis={self.basis!r}, verified={self.verified!r}, obligation_kind={self.obligation_kind!r}, note={self.note!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, applies_to={self.applies_to!r}, output={self.output!r}, due_rule={self.due_rule!r}, cadence={self.cadence!r}, source={self.source!r}, basis={self.basis!r}, verified={self.verified!r}, obligation_kind={self.obligation_kind!r}, note={self.note!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, check_fn={self.check_fn!r}, doc={self.doc!r}, group={self.group!r}, codes={self.codes!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, check_fn={self.check_fn!r}, doc={self.doc!r}, group={self.group!r}, codes={self.codes!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, date={self.date!r}, kind={self.kind!r}, status={self.status!r}, attendance={self.attendance!r}, agenda={self.agenda!r}, title={self.title!r}, start={self.start!r}, end={self.end!r}, location={self.location!r}, cancellation_reason={self.cancellation_reason!r}, papers_circulated={self.papers_circulated!r}, declarations={self.declarations!r}, decisions={self.decisions!r}, actions={self.actions!r}, minutes={self.minutes!r}, publish={self.publish!r}, source={self.source!r}, assumed={self.assumed!r}, loc={self.loc!r}, locs={self.locs!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, date={self.date!r}, kind={self.kind!r}, status={self.status!r}, attendance={self.attendance!r}, agenda={self.agenda!r}, title={self.title!r}, start={self.start!r}, end={self.end!r}, location={self.location!r}, cancellation_reason={self.cancellation_reason!r}, papers_circulated={self.papers_circulated!r}, declarations={self.declarations!r}, decisions={self.decisions!r}, actions={self.actions!r}, minutes={self.minutes!r}, publish={self.publish!r}, source={self.source!r}, assumed={self.assumed!r}, loc={self.loc!r}, locs={self.locs!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, measure={self.measure!r}, text={self.text!r}, value={self.value!r}, source={self.source!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, measure={self.measure!r}, text={self.text!r}, value={self.value!r}, source={self.source!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, meeting={self.meeting!r}, text={self.text!r}, status={self.status!r}, owner={self.owner!r}, due={self.due!r}, completed={self.completed!r}, item={self.item!r}, marking={self.marking!r}, priority={self.priority!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, meeting={self.meeting!r}, text={self.text!r}, status={self.status!r}, owner={self.owner!r}, due={self.due!r}, completed={self.completed!r}, item={self.item!r}, marking={self.marking!r}, priority={self.priority!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, article={self.article!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, article={self.article!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, findings={self.findings!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, findings={self.findings!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, area={self.area!r}, chair={self.chair!r}, vice_chair={self.vice_chair!r}, meets_status={self.meets_status!r}, meets_frequency={self.meets_frequency!r}, meets_every_months={self.meets_every_months!r}, last_met={self.last_met!r}, obligations={self.obligations!r}, short_name={self.short_name!r}, legal_basis={self.legal_basis!r}, survey={self.survey!r}, source={self.source!r}, loc={self.loc!r}, locs={self.locs!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, area={self.area!r}, chair={self.chair!r}, vice_chair={self.vice_chair!r}, meets_status={self.meets_status!r}, meets_frequency={self.meets_frequency!r}, meets_every_months={self.meets_every_months!r}, last_met={self.last_met!r}, obligations={self.obligations!r}, short_name={self.short_name!r}, legal_basis={self.legal_basis!r}, survey={self.survey!r}, source={self.source!r}, loc={self.loc!r}, locs={self.locs!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, reports_to={self.reports_to!r}, purpose={self.purpose!r}, status={self.status!r}, members={self.members!r}, partnerships={self.partnerships!r}, chair={self.chair!r}, formed={self.formed!r}, priorities={self.priorities!r}, meetings={self.meetings!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, reports_to={self.reports_to!r}, purpose={self.purpose!r}, status={self.status!r}, members={self.members!r}, partnerships={self.partnerships!r}, chair={self.chair!r}, formed={self.formed!r}, priorities={self.priorities!r}, meetings={self.meetings!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, short_name={self.short_name!r}, purpose={self.purpose!r}, reports_to={self.reports_to!r}, administered_by={self.administered_by!r}, tor_version={self.tor_version!r}, tor_agreed={self.tor_agreed!r}, tor_last_reviewed={self.tor_last_reviewed!r}, tor_review_months={self.tor_review_months!r}, tor_history={self.tor_history!r}, chair={self.chair!r}, vice_chair={self.vice_chair!r}, partnership_ids={self.partnership_ids!r}, seats={self.seats!r}, invitees={self.invitees!r}, quorum_other_members={self.quorum_other_members!r}, quorum_chair_or_vice={self.quorum_chair_or_vice!r}, quorum_impacted_chairs={self.quorum_impacted_chairs!r}, deputy_chair_agreement={self.deputy_chair_agreement!r}, deputy_delegated_authority={self.deputy_delegated_authority!r}, meetings_per_year={self.meetings_per_year!r}, first_meeting={self.first_meeting!r}, papers_days_before={self.papers_days_before!r}, declarations_required={self.declarations_required!r}, minutes_retention_years={self.minutes_retention_years!r}, minutes_published_on={self.minutes_published_on!r}, meetings_public={self.meetings_public!r}, priorities_review_months={self.priorities_review_months!r}, thresholds={self.thresholds!r}, severities={self.severities!r}, tor_document={self.tor_document!r}, aob_at_chair_discretion={self.aob_at_chair_discretion!r}, extraordinary_meetings={self.extraordinary_meetings!r}, tor_clauses={self.tor_clauses!r}, quorum_fraction={self.quorum_fraction!r}, quorum_rounding={self.quorum_rounding!r}, quorum_chair_counts={self.quorum_chair_counts!r}, quorum_known={self.quorum_known!r}, year_start={self.year_start!r}, tor_file={self.tor_file!r}, tor_section={self.tor_section!r}, tor_quotes={self.tor_quotes!r}, psb_report={self.psb_report!r}, documents={self.documents!r}, loc={self.loc!r}, locs={self.locs!r}, raw={self.raw!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, short_name={self.short_name!r}, purpose={self.purpose!r}, reports_to={self.reports_to!r}, administered_by={self.administered_by!r}, tor_version={self.tor_version!r}, tor_agreed={self.tor_agreed!r}, tor_last_reviewed={self.tor_last_reviewed!r}, tor_review_months={self.tor_review_months!r}, tor_history={self.tor_history!r}, chair={self.chair!r}, vice_chair={self.vice_chair!r}, partnership_ids={self.partnership_ids!r}, seats={self.seats!r}, invitees={self.invitees!r}, quorum_other_members={self.quorum_other_members!r}, quorum_chair_or_vice={self.quorum_chair_or_vice!r}, quorum_impacted_chairs={self.quorum_impacted_chairs!r}, deputy_chair_agreement={self.deputy_chair_agreement!r}, deputy_delegated_authority={self.deputy_delegated_authority!r}, meetings_per_year={self.meetings_per_year!r}, first_meeting={self.first_meeting!r}, papers_days_before={self.papers_days_before!r}, declarations_required={self.declarations_required!r}, minutes_retention_years={self.minutes_retention_years!r}, minutes_published_on={self.minutes_published_on!r}, meetings_public={self.meetings_public!r}, priorities_review_months={self.priorities_review_months!r}, thresholds={self.thresholds!r}, severities={self.severities!r}, tor_document={self.tor_document!r}, aob_at_chair_discretion={self.aob_at_chair_discretion!r}, extraordinary_meetings={self.extraordinary_meetings!r}, tor_clauses={self.tor_clauses!r}, quorum_fraction={self.quorum_fraction!r}, quorum_rounding={self.quorum_rounding!r}, quorum_chair_counts={self.quorum_chair_counts!r}, quorum_known={self.quorum_known!r}, year_start={self.year_start!r}, tor_file={self.tor_file!r}, tor_section={self.tor_section!r}, tor_quotes={self.tor_quotes!r}, psb_report={self.psb_report!r}, documents={self.documents!r}, loc={self.loc!r}, locs={self.locs!r}, raw={self.raw!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, status={self.status!r}, also_called={self.also_called!r}, led_by={self.led_by!r}, convened_by={self.convened_by!r}, start={self.start!r}, end={self.end!r}, summary={self.summary!r}, aims={self.aims!r}, places_designated={self.places_designated!r}, places_additional={self.places_additional!r}, priority={self.priority!r}, partnerships={self.partnerships!r}, funding={self.funding!r}, themes={self.themes!r}, outcomes={self.outcomes!r}, outcomes_note={self.outcomes_note!r}, highlights={self.highlights!r}, challenges={self.challenges!r}, recommendations={self.recommendations!r}, conclusion={self.conclusion!r}, authors={self.authors!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, name={self.name!r}, status={self.status!r}, also_called={self.also_called!r}, led_by={self.led_by!r}, convened_by={self.convened_by!r}, start={self.start!r}, end={self.end!r}, summary={self.summary!r}, aims={self.aims!r}, places_designated={self.places_designated!r}, places_additional={self.places_additional!r}, priority={self.priority!r}, partnerships={self.partnerships!r}, funding={self.funding!r}, themes={self.themes!r}, outcomes={self.outcomes!r}, outcomes_note={self.outcomes_note!r}, highlights={self.highlights!r}, challenges={self.challenges!r}, recommendations={self.recommendations!r}, conclusion={self.conclusion!r}, authors={self.authors!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, number={self.number!r}, title={self.title!r}, agreed={self.agreed!r}, status={self.status!r}, description={self.description!r}, agreed_at={self.agreed_at!r}, requested_by={self.requested_by!r}, lead={self.lead!r}, milestones={self.milestones!r}, updates={self.updates!r}, funding={self.funding!r}, source={self.source!r}, loc={self.loc!r}, locs={self.locs!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, number={self.number!r}, title={self.title!r}, agreed={self.agreed!r}, status={self.status!r}, description={self.description!r}, agreed_at={self.agreed_at!r}, requested_by={self.requested_by!r}, lead={self.lead!r}, milestones={self.milestones!r}, updates={self.updates!r}, funding={self.funding!r}, source={self.source!r}, loc={self.loc!r}, locs={self.locs!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, partnership={self.partnership!r}, kind={self.kind!r}, title={self.title!r}, basis={self.basis!r}, status={self.status!r}, requirement={self.requirement!r}, due={self.due!r}, last_completed={self.last_completed!r}, every_months={self.every_months!r}, completed={self.completed!r}, verified={self.verified!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, partnership={self.partnership!r}, kind={self.kind!r}, title={self.title!r}, basis={self.basis!r}, status={self.status!r}, requirement={self.requirement!r}, due={self.due!r}, last_completed={self.last_completed!r}, every_months={self.every_months!r}, completed={self.completed!r}, verified={self.verified!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, priority={self.priority!r}, title={self.title!r}, status={self.status!r}, due={self.due!r}, completed={self.completed!r}, at_meeting={self.at_meeting!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, priority={self.priority!r}, title={self.title!r}, status={self.status!r}, due={self.due!r}, completed={self.completed!r}, at_meeting={self.at_meeting!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, recipient={self.recipient!r}, purpose={self.purpose!r}, continuation={self.continuation!r}, funder={self.funder!r}, recipients={self.recipients!r}, priority={self.priority!r}, initiative={self.initiative!r}, partnership={self.partnership!r}, amount_gbp={self.amount_gbp!r}, amount_min_gbp={self.amount_min_gbp!r}, amount_max_gbp={self.amount_max_gbp!r}, amount_text={self.amount_text!r}, confirmed={self.confirmed!r}, financial_year={self.financial_year!r}, start={self.start!r}, end={self.end!r}, followed_by={self.followed_by!r}, spent_gbp={self.spent_gbp!r}, claimed_gbp={self.claimed_gbp!r}, spent_as_of={self.spent_as_of!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, recipient={self.recipient!r}, purpose={self.purpose!r}, continuation={self.continuation!r}, funder={self.funder!r}, recipients={self.recipients!r}, priority={self.priority!r}, initiative={self.initiative!r}, partnership={self.partnership!r}, amount_gbp={self.amount_gbp!r}, amount_min_gbp={self.amount_min_gbp!r}, amount_max_gbp={self.amount_max_gbp!r}, amount_text={self.amount_text!r}, confirmed={self.confirmed!r}, financial_year={self.financial_year!r}, start={self.start!r}, end={self.end!r}, followed_by={self.followed_by!r}, spent_gbp={self.spent_gbp!r}, claimed_gbp={self.claimed_gbp!r}, spent_as_of={self.spent_as_of!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, name={self.name!r}, organisation={self.organisation!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, role={self.role!r}, name={self.name!r}, organisation={self.organisation!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, group={self.group!r}, summary={self.summary!r}, doc={self.doc!r}, levels={self.levels!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, group={self.group!r}, summary={self.summary!r}, doc={self.doc!r}, levels={self.levels!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, what={self.what!r}, example={self.example!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, what={self.what!r}, example={self.example!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, item={self.item!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, text={self.text!r}, item={self.item!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, lead={self.lead!r}, paper={self.paper!r}, marking={self.marking!r}, decision_sought={self.decision_sought!r}, impacted_partnerships={self.impacted_partnerships!r}, summary={self.summary!r}, outcome={self.outcome!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, lead={self.lead!r}, paper={self.paper!r}, marking={self.marking!r}, decision_sought={self.decision_sought!r}, impacted_partnerships={self.impacted_partnerships!r}, summary={self.summary!r}, outcome={self.outcome!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, organisation={self.organisation!r}, chair_of={self.chair_of!r}, holder={self.holder!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, organisation={self.organisation!r}, chair_of={self.chair_of!r}, holder={self.holder!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, raised={self.raised!r}, raised_by={self.raised_by!r}, status={self.status!r}, summary={self.summary!r}, escalated_to_board={self.escalated_to_board!r}, answer_priorities={self.answer_priorities!r}, answer_actions={self.answer_actions!r}, answer_note={self.answer_note!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, raised={self.raised!r}, raised_by={self.raised_by!r}, status={self.status!r}, summary={self.summary!r}, escalated_to_board={self.escalated_to_board!r}, answer_priorities={self.answer_priorities!r}, answer_actions={self.answer_actions!r}, answer_note={self.answer_note!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, to={self.to!r}, what={self.what!r}, status={self.status!r}, also_to={self.also_to!r}, prepared_by={self.prepared_by!r}, priority={self.priority!r}, milestone={self.milestone!r}, initiative={self.initiative!r}, partnership={self.partnership!r}, due={self.due!r}, sent={self.sent!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, to={self.to!r}, what={self.what!r}, status={self.status!r}, also_to={self.also_to!r}, prepared_by={self.prepared_by!r}, priority={self.priority!r}, milestone={self.milestone!r}, initiative={self.initiative!r}, partnership={self.partnership!r}, due={self.due!r}, sent={self.sent!r}, note={self.note!r}, source={self.source!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(item={self.item!r}, verdict={self.verdict!r}, present_chairs={self.present_chairs!r}, missing_chairs={self.missing_chairs!r}, vacant_chairs={self.vacant_chairs!r}, unknown_chairs={self.unknown_chairs!r}, reasons={self.reasons!r}, awaited_chairs={self.awaited_chairs!r}, interests={self.interests!r}, meeting_reason={self.meeting_reason!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(item={self.item!r}, verdict={self.verdict!r}, present_chairs={self.present_chairs!r}, missing_chairs={self.missing_chairs!r}, vacant_chairs={self.vacant_chairs!r}, unknown_chairs={self.unknown_chairs!r}, reasons={self.reasons!r}, awaited_chairs={self.awaited_chairs!r}, interests={self.interests!r}, meeting_reason={self.meeting_reason!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, params={self.params!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, params={self.params!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, basis={self.basis!r}, severity={self.severity!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, basis={self.basis!r}, severity={self.severity!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, part={self.part!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, part={self.part!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(meeting={self.meeting!r}, mode={self.mode!r}, verdict={self.verdict!r}, presiding={self.presiding!r}, chair_present={self.chair_present!r}, vice_chair_present={self.vice_chair_present!r}, others={self.others!r}, others_required={self.others_required!r}, uncertain={self.uncertain!r}, seats={self.seats!r}, rejected_deputies={self.rejected_deputies!r}, guests={self.guests!r}, decisions={self.decisions!r}, represented={self.represented!r}, chair_counted={self.chair_counted!r}, quorum_known={self.quorum_known!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(meeting={self.meeting!r}, mode={self.mode!r}, verdict={self.verdict!r}, presiding={self.presiding!r}, chair_present={self.chair_present!r}, vice_chair_present={self.vice_chair_present!r}, others={self.others!r}, others_required={self.others_required!r}, uncertain={self.uncertain!r}, seats={self.seats!r}, rejected_deputies={self.rejected_deputies!r}, guests={self.guests!r}, decisions={self.decisions!r}, represented={self.represented!r}, chair_counted={self.chair_counted!r}, quorum_known={self.quorum_known!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, agreed_by_chair={self.agreed_by_chair!r}, delegated_authority={self.delegated_authority!r}, person={self.person!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, agreed_by_chair={self.agreed_by_chair!r}, delegated_authority={self.delegated_authority!r}, person={self.person!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, context={self.context!r}, problem={self.problem!r}, message={self.message!r}, at_context={self.at_context!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, context={self.context!r}, problem={self.problem!r}, message={self.message!r}, at_context={self.at_context!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, person={self.person!r}, organisation={self.organisation!r}, purpose={self.purpose!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, person={self.person!r}, organisation={self.organisation!r}, purpose={self.purpose!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(partnership={self.partnership!r}, quote={self.quote!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(partnership={self.partnership!r}, quote={self.quote!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(partnerships={self.partnerships!r}, priorities={self.priorities!r}, meetings={self.meetings!r}, funding={self.funding!r}, initiatives={self.initiatives!r}, groups={self.groups!r}, actions={self.actions!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(partnerships={self.partnerships!r}, priorities={self.priorities!r}, meetings={self.meetings!r}, funding={self.funding!r}, initiatives={self.initiatives!r}, groups={self.groups!r}, actions={self.actions!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(recorded={self.recorded!r}, members={self.members!r}, guests={self.guests!r}, note={self.note!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(recorded={self.recorded!r}, members={self.members!r}, guests={self.guests!r}, note={self.note!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, location={self.location!r}, subject={self.subject!r}, code={self.code!r}, basis={self.basis!r}, kind={self.kind!r}, params={self.params!r}, due={self.due!r}, citation={self.citation!r}, stable={self.stable!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, location={self.location!r}, subject={self.subject!r}, code={self.code!r}, basis={self.basis!r}, kind={self.kind!r}, params={self.params!r}, due={self.due!r}, citation={self.citation!r}, stable={self.stable!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(seat={self.seat!r}, deputy={self.deputy!r}, code={self.code!r}, entry={self.entry!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(seat={self.seat!r}, deputy={self.deputy!r}, code={self.code!r}, entry={self.entry!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(seat={self.seat!r}, holder={self.holder!r}, status={self.status!r}, attendee={self.attendee!r}, deputy={self.deputy!r}, counts={self.counts!r}, note={self.note!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(seat={self.seat!r}, holder={self.holder!r}, status={self.status!r}, attendee={self.attendee!r}, deputy={self.deputy!r}, counts={self.counts!r}, note={self.note!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(seat={self.seat!r}, interest={self.interest!r}, item={self.item!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(seat={self.seat!r}, interest={self.interest!r}, item={self.item!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(seat={self.seat!r}, status={self.status!r}, person={self.person!r}, deputy={self.deputy!r}, note={self.note!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(seat={self.seat!r}, status={self.status!r}, person={self.person!r}, deputy={self.deputy!r}, note={self.note!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, year_start={self.year_start!r}, index={self.index!r}, count={self.count!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, year_start={self.year_start!r}, index={self.index!r}, count={self.count!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, date={self.date!r}, note={self.note!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, date={self.date!r}, note={self.note!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, person={self.person!r}, since={self.since!r}, until={self.until!r}, note={self.note!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, person={self.person!r}, since={self.since!r}, until={self.until!r}, note={self.note!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, seat={self.seat!r}, since={self.since!r}, term_months={self.term_months!r}, note={self.note!r}, selection={self.selection!r}, loc={self.loc!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, seat={self.seat!r}, since={self.since!r}, term_months={self.term_months!r}, note={self.note!r}, selection={self.selection!r}, loc={self.loc!r})"\n return __repr__'] = __create_fn__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(theme={self.theme!r}, examples={self.examples!r})"
 return __repr__


TEXTS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(theme={self.theme!r}, examples={self.examples!r})"\n return __repr__'] = __create_fn__


def __create_fn__(_type_approved, _type_published, _type_url, _type_retention_reviewed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_approved, _dflt_published, _dflt_url, _dflt_retention_reviewed, _return_type):
 def __init__(self,approved:_type_approved=_dflt_approved,published:_type_published=_dflt_published,url:_type_url=_dflt_url,retention_reviewed:_type_retention_reviewed=_dflt_retention_reviewed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'approved',approved)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'retention_reviewed',retention_reviewed)
 return __init__


TEXTS["def __create_fn__(_type_approved, _type_published, _type_url, _type_retention_reviewed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_approved, _dflt_published, _dflt_url, _dflt_retention_reviewed, _return_type):\n def __init__(self,approved:_type_approved=_dflt_approved,published:_type_published=_dflt_published,url:_type_url=_dflt_url,retention_reviewed:_type_retention_reviewed=_dflt_retention_reviewed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'approved',approved)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'retention_reviewed',retention_reviewed)\n return __init__"] = __create_fn__


def __create_fn__(_type_attending_people, _type_member_keys, _type_represented, _type_seats, _type_rejected, _type_uncertain, _type_chair_key, _type_vice_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,attending_people:_type_attending_people,member_keys:_type_member_keys,represented:_type_represented,seats:_type_seats,rejected:_type_rejected,uncertain:_type_uncertain,chair_key:_type_chair_key,vice_key:_type_vice_key)->_return_type:
  self.attending_people=attending_people
  self.member_keys=member_keys
  self.represented=represented
  self.seats=seats
  self.rejected=rejected
  self.uncertain=uncertain
  self.chair_key=chair_key
  self.vice_key=vice_key
 return __init__


TEXTS['def __create_fn__(_type_attending_people, _type_member_keys, _type_represented, _type_seats, _type_rejected, _type_uncertain, _type_chair_key, _type_vice_key, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,attending_people:_type_attending_people,member_keys:_type_member_keys,represented:_type_represented,seats:_type_seats,rejected:_type_rejected,uncertain:_type_uncertain,chair_key:_type_chair_key,vice_key:_type_vice_key)->_return_type:\n  self.attending_people=attending_people\n  self.member_keys=member_keys\n  self.represented=represented\n  self.seats=seats\n  self.rejected=rejected\n  self.uncertain=uncertain\n  self.chair_key=chair_key\n  self.vice_key=vice_key\n return __init__'] = __create_fn__


def __create_fn__(_type_board, _type_people, _type_partnerships, _type_meetings, _type_priorities, _type_requirements, _type_work, _type_kinds, _type_catalogue_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_work, _dflt_kinds, _dflt_catalogue_default, _return_type):
 def __init__(self,board:_type_board,people:_type_people,partnerships:_type_partnerships,meetings:_type_meetings,priorities:_type_priorities,requirements:_type_requirements,work:_type_work=_HAS_DEFAULT_FACTORY,kinds:_type_kinds=_HAS_DEFAULT_FACTORY,catalogue_default:_type_catalogue_default=_dflt_catalogue_default)->_return_type:
  self.board=board
  self.people=people
  self.partnerships=partnerships
  self.meetings=meetings
  self.priorities=priorities
  self.requirements=requirements
  self.work=_dflt_work() if work is _HAS_DEFAULT_FACTORY else work
  self.kinds=_dflt_kinds() if kinds is _HAS_DEFAULT_FACTORY else kinds
  self.catalogue_default=catalogue_default
 return __init__


TEXTS['def __create_fn__(_type_board, _type_people, _type_partnerships, _type_meetings, _type_priorities, _type_requirements, _type_work, _type_kinds, _type_catalogue_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_work, _dflt_kinds, _dflt_catalogue_default, _return_type):\n def __init__(self,board:_type_board,people:_type_people,partnerships:_type_partnerships,meetings:_type_meetings,priorities:_type_priorities,requirements:_type_requirements,work:_type_work=_HAS_DEFAULT_FACTORY,kinds:_type_kinds=_HAS_DEFAULT_FACTORY,catalogue_default:_type_catalogue_default=_dflt_catalogue_default)->_return_type:\n  self.board=board\n  self.people=people\n  self.partnerships=partnerships\n  self.meetings=meetings\n  self.priorities=priorities\n  self.requirements=requirements\n  self.work=_dflt_work() if work is _HAS_DEFAULT_FACTORY else work\n  self.kinds=_dflt_kinds() if kinds is _HAS_DEFAULT_FACTORY else kinds\n  self.catalogue_default=catalogue_default\n return __init__'] = __create_fn__


def __create_fn__(_type_by_id, _type_position, _type_holders, _type_held_by, _type_chair_seats, _type_attends, _type_labels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_attends, _dflt_labels, _return_type):
 def __init__(self,by_id:_type_by_id,position:_type_position,holders:_type_holders,held_by:_type_held_by,chair_seats:_type_chair_seats,attends:_type_attends=_HAS_DEFAULT_FACTORY,labels:_type_labels=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'by_id',by_id)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'holders',holders)
  __dataclass_builtins_object__.__setattr__(self,'held_by',held_by)
  __dataclass_builtins_object__.__setattr__(self,'chair_seats',chair_seats)
  __dataclass_builtins_object__.__setattr__(self,'attends',_dflt_attends() if attends is _HAS_DEFAULT_FACTORY else attends)
  __dataclass_builtins_object__.__setattr__(self,'labels',_dflt_labels() if labels is _HAS_DEFAULT_FACTORY else labels)
 return __init__


TEXTS["def __create_fn__(_type_by_id, _type_position, _type_holders, _type_held_by, _type_chair_seats, _type_attends, _type_labels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_attends, _dflt_labels, _return_type):\n def __init__(self,by_id:_type_by_id,position:_type_position,holders:_type_holders,held_by:_type_held_by,chair_seats:_type_chair_seats,attends:_type_attends=_HAS_DEFAULT_FACTORY,labels:_type_labels=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'by_id',by_id)\n  __dataclass_builtins_object__.__setattr__(self,'position',position)\n  __dataclass_builtins_object__.__setattr__(self,'holders',holders)\n  __dataclass_builtins_object__.__setattr__(self,'held_by',held_by)\n  __dataclass_builtins_object__.__setattr__(self,'chair_seats',chair_seats)\n  __dataclass_builtins_object__.__setattr__(self,'attends',_dflt_attends() if attends is _HAS_DEFAULT_FACTORY else attends)\n  __dataclass_builtins_object__.__setattr__(self,'labels',_dflt_labels() if labels is _HAS_DEFAULT_FACTORY else labels)\n return __init__"] = __create_fn__


def __create_fn__(_type_dataset, _type_as_of, _type_overrides, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overrides, _dflt_memo, _return_type):
 def __init__(self,dataset:_type_dataset,as_of:_type_as_of,overrides:_type_overrides=_dflt_overrides,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dataset',dataset)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'overrides',overrides)
  __dataclass_builtins_object__.__setattr__(self,'memo',_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)
 return __init__


TEXTS["def __create_fn__(_type_dataset, _type_as_of, _type_overrides, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overrides, _dflt_memo, _return_type):\n def __init__(self,dataset:_type_dataset,as_of:_type_as_of,overrides:_type_overrides=_dflt_overrides,memo:_type_memo=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'dataset',dataset)\n  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)\n  __dataclass_builtins_object__.__setattr__(self,'overrides',overrides)\n  __dataclass_builtins_object__.__setattr__(self,'memo',_dflt_memo() if memo is _HAS_DEFAULT_FACTORY else memo)\n return __init__"] = __create_fn__


def __create_fn__(_type_date, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,date:_type_date,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


TEXTS["def __create_fn__(_type_date, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,date:_type_date,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__


def __create_fn__(_type_document, _type_clause, _type_record, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clause, _dflt_record, _return_type):
 def __init__(self,document:_type_document,clause:_type_clause=_dflt_clause,record:_type_record=_dflt_record)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'document',document)
  __dataclass_builtins_object__.__setattr__(self,'clause',clause)
  __dataclass_builtins_object__.__setattr__(self,'record',record)
 return __init__


TEXTS["def __create_fn__(_type_document, _type_clause, _type_record, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_clause, _dflt_record, _return_type):\n def __init__(self,document:_type_document,clause:_type_clause=_dflt_clause,record:_type_record=_dflt_record)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'document',document)\n  __dataclass_builtins_object__.__setattr__(self,'clause',clause)\n  __dataclass_builtins_object__.__setattr__(self,'record',record)\n return __init__"] = __create_fn__


def __create_fn__(_type_due_soon_days, _type_attendance_window, _type_attendance_min_share, _type_minutes_publication_days, _type_priority_stale_days, _type_funding_ending_days, _type_minutes_approval, _type_progress_dated_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_due_soon_days, _dflt_attendance_window, _dflt_attendance_min_share, _dflt_minutes_publication_days, _dflt_priority_stale_days, _dflt_funding_ending_days, _dflt_minutes_approval, _dflt_progress_dated_days, _return_type):
 def __init__(self,due_soon_days:_type_due_soon_days=_dflt_due_soon_days,attendance_window:_type_attendance_window=_dflt_attendance_window,attendance_min_share:_type_attendance_min_share=_dflt_attendance_min_share,minutes_publication_days:_type_minutes_publication_days=_dflt_minutes_publication_days,priority_stale_days:_type_priority_stale_days=_dflt_priority_stale_days,funding_ending_days:_type_funding_ending_days=_dflt_funding_ending_days,minutes_approval:_type_minutes_approval=_dflt_minutes_approval,progress_dated_days:_type_progress_dated_days=_dflt_progress_dated_days)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'due_soon_days',due_soon_days)
  __dataclass_builtins_object__.__setattr__(self,'attendance_window',attendance_window)
  __dataclass_builtins_object__.__setattr__(self,'attendance_min_share',attendance_min_share)
  __dataclass_builtins_object__.__setattr__(self,'minutes_publication_days',minutes_publication_days)
  __dataclass_builtins_object__.__setattr__(self,'priority_stale_days',priority_stale_days)
  __dataclass_builtins_object__.__setattr__(self,'funding_ending_days',funding_ending_days)
  __dataclass_builtins_object__.__setattr__(self,'minutes_approval',minutes_approval)
  __dataclass_builtins_object__.__setattr__(self,'progress_dated_days',progress_dated_days)
 return __init__


TEXTS["def __create_fn__(_type_due_soon_days, _type_attendance_window, _type_attendance_min_share, _type_minutes_publication_days, _type_priority_stale_days, _type_funding_ending_days, _type_minutes_approval, _type_progress_dated_days, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_due_soon_days, _dflt_attendance_window, _dflt_attendance_min_share, _dflt_minutes_publication_days, _dflt_priority_stale_days, _dflt_funding_ending_days, _dflt_minutes_approval, _dflt_progress_dated_days, _return_type):\n def __init__(self,due_soon_days:_type_due_soon_days=_dflt_due_soon_days,attendance_window:_type_attendance_window=_dflt_attendance_window,attendance_min_share:_type_attendance_min_share=_dflt_attendance_min_share,minutes_publication_days:_type_minutes_publication_days=_dflt_minutes_publication_days,priority_stale_days:_type_priority_stale_days=_dflt_priority_stale_days,funding_ending_days:_type_funding_ending_days=_dflt_funding_ending_days,minutes_approval:_type_minutes_approval=_dflt_minutes_approval,progress_dated_days:_type_progress_dated_days=_dflt_progress_dated_days)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'due_soon_days',due_soon_days)\n  __dataclass_builtins_object__.__setattr__(self,'attendance_window',attendance_window)\n  __dataclass_builtins_object__.__setattr__(self,'attendance_min_share',attendance_min_share)\n  __dataclass_builtins_object__.__setattr__(self,'minutes_publication_days',minutes_publication_days)\n  __dataclass_builtins_object__.__setattr__(self,'priority_stale_days',priority_stale_days)\n  __dataclass_builtins_object__.__setattr__(self,'funding_ending_days',funding_ending_days)\n  __dataclass_builtins_object__.__setattr__(self,'minutes_approval',minutes_approval)\n  __dataclass_builtins_object__.__setattr__(self,'progress_dated_days',progress_dated_days)\n return __init__"] = __create_fn__


def __create_fn__(_type_en, _type_cy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cy, _return_type):
 def __init__(self,en:_type_en,cy:_type_cy=_dflt_cy)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'en',en)
  __dataclass_builtins_object__.__setattr__(self,'cy',cy)
 return __init__


TEXTS["def __create_fn__(_type_en, _type_cy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cy, _return_type):\n def __init__(self,en:_type_en,cy:_type_cy=_dflt_cy)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'en',en)\n  __dataclass_builtins_object__.__setattr__(self,'cy',cy)\n return __init__"] = __create_fn__


def __create_fn__(_type_file, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_column, _return_type):
 def __init__(self,file:_type_file,line:_type_line=_dflt_line,column:_type_column=_dflt_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
 return __init__


TEXTS["def __create_fn__(_type_file, _type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_column, _return_type):\n def __init__(self,file:_type_file,line:_type_line=_dflt_line,column:_type_column=_dflt_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n return __init__"] = __create_fn__


def __create_fn__(_type_findings, _type_as_of, _type_title, _type_fail_on, _type_names, _type_width, _type_verbose, _type_statistics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_fail_on, _dflt_names, _dflt_width, _dflt_verbose, _dflt_statistics, _return_type):
 def __init__(self,findings:_type_findings,as_of:_type_as_of,title:_type_title=_dflt_title,fail_on:_type_fail_on=_dflt_fail_on,names:_type_names=_HAS_DEFAULT_FACTORY,width:_type_width=_dflt_width,verbose:_type_verbose=_dflt_verbose,statistics:_type_statistics=_dflt_statistics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)
  __dataclass_builtins_object__.__setattr__(self,'names',_dflt_names() if names is _HAS_DEFAULT_FACTORY else names)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)
  __dataclass_builtins_object__.__setattr__(self,'statistics',statistics)
 return __init__


TEXTS["def __create_fn__(_type_findings, _type_as_of, _type_title, _type_fail_on, _type_names, _type_width, _type_verbose, _type_statistics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_fail_on, _dflt_names, _dflt_width, _dflt_verbose, _dflt_statistics, _return_type):\n def __init__(self,findings:_type_findings,as_of:_type_as_of,title:_type_title=_dflt_title,fail_on:_type_fail_on=_dflt_fail_on,names:_type_names=_HAS_DEFAULT_FACTORY,width:_type_width=_dflt_width,verbose:_type_verbose=_dflt_verbose,statistics:_type_statistics=_dflt_statistics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)\n  __dataclass_builtins_object__.__setattr__(self,'names',_dflt_names() if names is _HAS_DEFAULT_FACTORY else names)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)\n  __dataclass_builtins_object__.__setattr__(self,'statistics',statistics)\n return __init__"] = __create_fn__


def __create_fn__(_type_funder, _type_description, _type_amount_gbp, _type_amount_text, _type_confirmed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_amount_gbp, _dflt_amount_text, _dflt_confirmed, _return_type):
 def __init__(self,funder:_type_funder,description:_type_description,amount_gbp:_type_amount_gbp=_dflt_amount_gbp,amount_text:_type_amount_text=_dflt_amount_text,confirmed:_type_confirmed=_dflt_confirmed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'funder',funder)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'amount_gbp',amount_gbp)
  __dataclass_builtins_object__.__setattr__(self,'amount_text',amount_text)
  __dataclass_builtins_object__.__setattr__(self,'confirmed',confirmed)
 return __init__


TEXTS["def __create_fn__(_type_funder, _type_description, _type_amount_gbp, _type_amount_text, _type_confirmed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_amount_gbp, _dflt_amount_text, _dflt_confirmed, _return_type):\n def __init__(self,funder:_type_funder,description:_type_description,amount_gbp:_type_amount_gbp=_dflt_amount_gbp,amount_text:_type_amount_text=_dflt_amount_text,confirmed:_type_confirmed=_dflt_confirmed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'funder',funder)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'amount_gbp',amount_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'amount_text',amount_text)\n  __dataclass_builtins_object__.__setattr__(self,'confirmed',confirmed)\n return __init__"] = __create_fn__


def __create_fn__(_type_funding, _type_returns, _type_initiatives, _type_groups, _type_issues, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funding, _dflt_returns, _dflt_initiatives, _dflt_groups, _dflt_issues, _return_type):
 def __init__(self,funding:_type_funding=_HAS_DEFAULT_FACTORY,returns:_type_returns=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,issues:_type_issues=_HAS_DEFAULT_FACTORY)->_return_type:
  self.funding=_dflt_funding() if funding is _HAS_DEFAULT_FACTORY else funding
  self.returns=_dflt_returns() if returns is _HAS_DEFAULT_FACTORY else returns
  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.issues=_dflt_issues() if issues is _HAS_DEFAULT_FACTORY else issues
 return __init__


TEXTS['def __create_fn__(_type_funding, _type_returns, _type_initiatives, _type_groups, _type_issues, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funding, _dflt_returns, _dflt_initiatives, _dflt_groups, _dflt_issues, _return_type):\n def __init__(self,funding:_type_funding=_HAS_DEFAULT_FACTORY,returns:_type_returns=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,issues:_type_issues=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.funding=_dflt_funding() if funding is _HAS_DEFAULT_FACTORY else funding\n  self.returns=_dflt_returns() if returns is _HAS_DEFAULT_FACTORY else returns\n  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.issues=_dflt_issues() if issues is _HAS_DEFAULT_FACTORY else issues\n return __init__'] = __create_fn__


def __create_fn__(_type_id, _type_applies_to, _type_output, _type_due_rule, _type_cadence, _type_source, _type_basis, _type_verified, _type_obligation_kind, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_obligation_kind, _dflt_note, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,applies_to:_type_applies_to,output:_type_output,due_rule:_type_due_rule,cadence:_type_cadence,source:_type_source,basis:_type_basis,verified:_type_verified,obligation_kind:_type_obligation_kind=_dflt_obligation_kind,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'applies_to',applies_to)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
  __dataclass_builtins_object__.__setattr__(self,'due_rule',due_rule)
  __dataclass_builtins_object__.__setattr__(self,'cadence',cadence)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'obligation_kind',obligation_kind)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_applies_to, _type_output, _type_due_rule, _type_cadence, _type_source, _type_basis, _type_verified, _type_obligation_kind, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_obligation_kind, _dflt_note, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,applies_to:_type_applies_to,output:_type_output,due_rule:_type_due_rule,cadence:_type_cadence,source:_type_source,basis:_type_basis,verified:_type_verified,obligation_kind:_type_obligation_kind=_dflt_obligation_kind,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'applies_to',applies_to)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n  __dataclass_builtins_object__.__setattr__(self,'due_rule',due_rule)\n  __dataclass_builtins_object__.__setattr__(self,'cadence',cadence)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'verified',verified)\n  __dataclass_builtins_object__.__setattr__(self,'obligation_kind',obligation_kind)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_check_fn, _type_doc, _type_group, _type_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_codes, _return_type):
 def __init__(self,id:_type_id,check_fn:_type_check_fn,doc:_type_doc,group:_type_group,codes:_type_codes=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'check_fn',check_fn)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'codes',_dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_check_fn, _type_doc, _type_group, _type_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_codes, _return_type):\n def __init__(self,id:_type_id,check_fn:_type_check_fn,doc:_type_doc,group:_type_group,codes:_type_codes=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'check_fn',check_fn)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'codes',_dflt_codes() if codes is _HAS_DEFAULT_FACTORY else codes)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_date, _type_kind, _type_status, _type_attendance, _type_agenda, _type_title, _type_start, _type_end, _type_location, _type_cancellation_reason, _type_papers_circulated, _type_declarations, _type_decisions, _type_actions, _type_minutes, _type_publish, _type_source, _type_assumed, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_start, _dflt_end, _dflt_location, _dflt_cancellation_reason, _dflt_papers_circulated, _dflt_declarations, _dflt_decisions, _dflt_actions, _dflt_minutes, _dflt_publish, _dflt_source, _dflt_assumed, _dflt_loc, _dflt_locs, _return_type):
 def __init__(self,id:_type_id,date:_type_date,kind:_type_kind,status:_type_status,attendance:_type_attendance,agenda:_type_agenda,title:_type_title=_dflt_title,start:_type_start=_dflt_start,end:_type_end=_dflt_end,location:_type_location=_dflt_location,cancellation_reason:_type_cancellation_reason=_dflt_cancellation_reason,papers_circulated:_type_papers_circulated=_dflt_papers_circulated,declarations:_type_declarations=_dflt_declarations,decisions:_type_decisions=_dflt_decisions,actions:_type_actions=_dflt_actions,minutes:_type_minutes=_dflt_minutes,publish:_type_publish=_dflt_publish,source:_type_source=_dflt_source,assumed:_type_assumed=_dflt_assumed,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'attendance',attendance)
  __dataclass_builtins_object__.__setattr__(self,'agenda',agenda)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'cancellation_reason',cancellation_reason)
  __dataclass_builtins_object__.__setattr__(self,'papers_circulated',papers_circulated)
  __dataclass_builtins_object__.__setattr__(self,'declarations',declarations)
  __dataclass_builtins_object__.__setattr__(self,'decisions',decisions)
  __dataclass_builtins_object__.__setattr__(self,'actions',actions)
  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)
  __dataclass_builtins_object__.__setattr__(self,'publish',publish)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'assumed',assumed)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_date, _type_kind, _type_status, _type_attendance, _type_agenda, _type_title, _type_start, _type_end, _type_location, _type_cancellation_reason, _type_papers_circulated, _type_declarations, _type_decisions, _type_actions, _type_minutes, _type_publish, _type_source, _type_assumed, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_start, _dflt_end, _dflt_location, _dflt_cancellation_reason, _dflt_papers_circulated, _dflt_declarations, _dflt_decisions, _dflt_actions, _dflt_minutes, _dflt_publish, _dflt_source, _dflt_assumed, _dflt_loc, _dflt_locs, _return_type):\n def __init__(self,id:_type_id,date:_type_date,kind:_type_kind,status:_type_status,attendance:_type_attendance,agenda:_type_agenda,title:_type_title=_dflt_title,start:_type_start=_dflt_start,end:_type_end=_dflt_end,location:_type_location=_dflt_location,cancellation_reason:_type_cancellation_reason=_dflt_cancellation_reason,papers_circulated:_type_papers_circulated=_dflt_papers_circulated,declarations:_type_declarations=_dflt_declarations,decisions:_type_decisions=_dflt_decisions,actions:_type_actions=_dflt_actions,minutes:_type_minutes=_dflt_minutes,publish:_type_publish=_dflt_publish,source:_type_source=_dflt_source,assumed:_type_assumed=_dflt_assumed,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'attendance',attendance)\n  __dataclass_builtins_object__.__setattr__(self,'agenda',agenda)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'cancellation_reason',cancellation_reason)\n  __dataclass_builtins_object__.__setattr__(self,'papers_circulated',papers_circulated)\n  __dataclass_builtins_object__.__setattr__(self,'declarations',declarations)\n  __dataclass_builtins_object__.__setattr__(self,'decisions',decisions)\n  __dataclass_builtins_object__.__setattr__(self,'actions',actions)\n  __dataclass_builtins_object__.__setattr__(self,'minutes',minutes)\n  __dataclass_builtins_object__.__setattr__(self,'publish',publish)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'assumed',assumed)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_measure, _type_text, _type_value, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value, _dflt_source, _return_type):
 def __init__(self,id:_type_id,measure:_type_measure,text:_type_text,value:_type_value=_dflt_value,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'measure',measure)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_measure, _type_text, _type_value, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_value, _dflt_source, _return_type):\n def __init__(self,id:_type_id,measure:_type_measure,text:_type_text,value:_type_value=_dflt_value,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'measure',measure)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_meeting, _type_text, _type_status, _type_owner, _type_due, _type_completed, _type_item, _type_marking, _type_priority, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _dflt_due, _dflt_completed, _dflt_item, _dflt_marking, _dflt_priority, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,meeting:_type_meeting,text:_type_text,status:_type_status,owner:_type_owner=_dflt_owner,due:_type_due=_dflt_due,completed:_type_completed=_dflt_completed,item:_type_item=_dflt_item,marking:_type_marking=_dflt_marking,priority:_type_priority=_dflt_priority,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'meeting',meeting)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'marking',marking)
  __dataclass_builtins_object__.__setattr__(self,'priority',priority)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_meeting, _type_text, _type_status, _type_owner, _type_due, _type_completed, _type_item, _type_marking, _type_priority, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _dflt_due, _dflt_completed, _dflt_item, _dflt_marking, _dflt_priority, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,meeting:_type_meeting,text:_type_text,status:_type_status,owner:_type_owner=_dflt_owner,due:_type_due=_dflt_due,completed:_type_completed=_dflt_completed,item:_type_item=_dflt_item,marking:_type_marking=_dflt_marking,priority:_type_priority=_dflt_priority,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'meeting',meeting)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'marking',marking)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_article, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_article, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,name:_type_name,article:_type_article=_dflt_article,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'article',article)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_article, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_article, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,name:_type_name,article:_type_article=_dflt_article,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'article',article)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,name:_type_name,findings:_type_findings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_findings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,name:_type_name,findings:_type_findings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_kind, _type_area, _type_chair, _type_vice_chair, _type_meets_status, _type_meets_frequency, _type_meets_every_months, _type_last_met, _type_obligations, _type_short_name, _type_legal_basis, _type_survey, _type_source, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_short_name, _dflt_legal_basis, _dflt_survey, _dflt_source, _dflt_loc, _dflt_locs, _return_type):
 def __init__(self,id:_type_id,name:_type_name,kind:_type_kind,area:_type_area,chair:_type_chair,vice_chair:_type_vice_chair,meets_status:_type_meets_status,meets_frequency:_type_meets_frequency,meets_every_months:_type_meets_every_months,last_met:_type_last_met,obligations:_type_obligations,short_name:_type_short_name=_dflt_short_name,legal_basis:_type_legal_basis=_dflt_legal_basis,survey:_type_survey=_dflt_survey,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'area',area)
  __dataclass_builtins_object__.__setattr__(self,'chair',chair)
  __dataclass_builtins_object__.__setattr__(self,'vice_chair',vice_chair)
  __dataclass_builtins_object__.__setattr__(self,'meets_status',meets_status)
  __dataclass_builtins_object__.__setattr__(self,'meets_frequency',meets_frequency)
  __dataclass_builtins_object__.__setattr__(self,'meets_every_months',meets_every_months)
  __dataclass_builtins_object__.__setattr__(self,'last_met',last_met)
  __dataclass_builtins_object__.__setattr__(self,'obligations',obligations)
  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)
  __dataclass_builtins_object__.__setattr__(self,'legal_basis',legal_basis)
  __dataclass_builtins_object__.__setattr__(self,'survey',survey)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_kind, _type_area, _type_chair, _type_vice_chair, _type_meets_status, _type_meets_frequency, _type_meets_every_months, _type_last_met, _type_obligations, _type_short_name, _type_legal_basis, _type_survey, _type_source, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_short_name, _dflt_legal_basis, _dflt_survey, _dflt_source, _dflt_loc, _dflt_locs, _return_type):\n def __init__(self,id:_type_id,name:_type_name,kind:_type_kind,area:_type_area,chair:_type_chair,vice_chair:_type_vice_chair,meets_status:_type_meets_status,meets_frequency:_type_meets_frequency,meets_every_months:_type_meets_every_months,last_met:_type_last_met,obligations:_type_obligations,short_name:_type_short_name=_dflt_short_name,legal_basis:_type_legal_basis=_dflt_legal_basis,survey:_type_survey=_dflt_survey,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'area',area)\n  __dataclass_builtins_object__.__setattr__(self,'chair',chair)\n  __dataclass_builtins_object__.__setattr__(self,'vice_chair',vice_chair)\n  __dataclass_builtins_object__.__setattr__(self,'meets_status',meets_status)\n  __dataclass_builtins_object__.__setattr__(self,'meets_frequency',meets_frequency)\n  __dataclass_builtins_object__.__setattr__(self,'meets_every_months',meets_every_months)\n  __dataclass_builtins_object__.__setattr__(self,'last_met',last_met)\n  __dataclass_builtins_object__.__setattr__(self,'obligations',obligations)\n  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)\n  __dataclass_builtins_object__.__setattr__(self,'legal_basis',legal_basis)\n  __dataclass_builtins_object__.__setattr__(self,'survey',survey)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_kind, _type_reports_to, _type_purpose, _type_status, _type_members, _type_partnerships, _type_chair, _type_formed, _type_priorities, _type_meetings, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_partnerships, _dflt_chair, _dflt_formed, _dflt_priorities, _dflt_meetings, _dflt_note, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,name:_type_name,kind:_type_kind,reports_to:_type_reports_to,purpose:_type_purpose,status:_type_status,members:_type_members=_dflt_members,partnerships:_type_partnerships=_dflt_partnerships,chair:_type_chair=_dflt_chair,formed:_type_formed=_dflt_formed,priorities:_type_priorities=_dflt_priorities,meetings:_type_meetings=_dflt_meetings,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'reports_to',reports_to)
  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'partnerships',partnerships)
  __dataclass_builtins_object__.__setattr__(self,'chair',chair)
  __dataclass_builtins_object__.__setattr__(self,'formed',formed)
  __dataclass_builtins_object__.__setattr__(self,'priorities',priorities)
  __dataclass_builtins_object__.__setattr__(self,'meetings',meetings)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_kind, _type_reports_to, _type_purpose, _type_status, _type_members, _type_partnerships, _type_chair, _type_formed, _type_priorities, _type_meetings, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_partnerships, _dflt_chair, _dflt_formed, _dflt_priorities, _dflt_meetings, _dflt_note, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,name:_type_name,kind:_type_kind,reports_to:_type_reports_to,purpose:_type_purpose,status:_type_status,members:_type_members=_dflt_members,partnerships:_type_partnerships=_dflt_partnerships,chair:_type_chair=_dflt_chair,formed:_type_formed=_dflt_formed,priorities:_type_priorities=_dflt_priorities,meetings:_type_meetings=_dflt_meetings,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'reports_to',reports_to)\n  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'members',members)\n  __dataclass_builtins_object__.__setattr__(self,'partnerships',partnerships)\n  __dataclass_builtins_object__.__setattr__(self,'chair',chair)\n  __dataclass_builtins_object__.__setattr__(self,'formed',formed)\n  __dataclass_builtins_object__.__setattr__(self,'priorities',priorities)\n  __dataclass_builtins_object__.__setattr__(self,'meetings',meetings)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_short_name, _type_purpose, _type_reports_to, _type_administered_by, _type_tor_version, _type_tor_agreed, _type_tor_last_reviewed, _type_tor_review_months, _type_tor_history, _type_chair, _type_vice_chair, _type_partnership_ids, _type_seats, _type_invitees, _type_quorum_other_members, _type_quorum_chair_or_vice, _type_quorum_impacted_chairs, _type_deputy_chair_agreement, _type_deputy_delegated_authority, _type_meetings_per_year, _type_first_meeting, _type_papers_days_before, _type_declarations_required, _type_minutes_retention_years, _type_minutes_published_on, _type_meetings_public, _type_priorities_review_months, _type_thresholds, _type_severities, _type_tor_document, _type_aob_at_chair_discretion, _type_extraordinary_meetings, _type_tor_clauses, _type_quorum_fraction, _type_quorum_rounding, _type_quorum_chair_counts, _type_quorum_known, _type_year_start, _type_tor_file, _type_tor_section, _type_tor_quotes, _type_psb_report, _type_documents, _type_loc, _type_locs, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severities, _dflt_tor_document, _dflt_aob_at_chair_discretion, _dflt_extraordinary_meetings, _dflt_tor_clauses, _dflt_quorum_fraction, _dflt_quorum_rounding, _dflt_quorum_chair_counts, _dflt_quorum_known, _dflt_year_start, _dflt_tor_file, _dflt_tor_section, _dflt_tor_quotes, _dflt_psb_report, _dflt_documents, _dflt_loc, _dflt_locs, _dflt_raw, _return_type):
 def __init__(self,id:_type_id,name:_type_name,short_name:_type_short_name,purpose:_type_purpose,reports_to:_type_reports_to,administered_by:_type_administered_by,tor_version:_type_tor_version,tor_agreed:_type_tor_agreed,tor_last_reviewed:_type_tor_last_reviewed,tor_review_months:_type_tor_review_months,tor_history:_type_tor_history,chair:_type_chair,vice_chair:_type_vice_chair,partnership_ids:_type_partnership_ids,seats:_type_seats,invitees:_type_invitees,quorum_other_members:_type_quorum_other_members,quorum_chair_or_vice:_type_quorum_chair_or_vice,quorum_impacted_chairs:_type_quorum_impacted_chairs,deputy_chair_agreement:_type_deputy_chair_agreement,deputy_delegated_authority:_type_deputy_delegated_authority,meetings_per_year:_type_meetings_per_year,first_meeting:_type_first_meeting,papers_days_before:_type_papers_days_before,declarations_required:_type_declarations_required,minutes_retention_years:_type_minutes_retention_years,minutes_published_on:_type_minutes_published_on,meetings_public:_type_meetings_public,priorities_review_months:_type_priorities_review_months,thresholds:_type_thresholds,severities:_type_severities=_HAS_DEFAULT_FACTORY,tor_document:_type_tor_document=_dflt_tor_document,aob_at_chair_discretion:_type_aob_at_chair_discretion=_dflt_aob_at_chair_discretion,extraordinary_meetings:_type_extraordinary_meetings=_dflt_extraordinary_meetings,tor_clauses:_type_tor_clauses=_HAS_DEFAULT_FACTORY,quorum_fraction:_type_quorum_fraction=_dflt_quorum_fraction,quorum_rounding:_type_quorum_rounding=_dflt_quorum_rounding,quorum_chair_counts:_type_quorum_chair_counts=_dflt_quorum_chair_counts,quorum_known:_type_quorum_known=_dflt_quorum_known,year_start:_type_year_start=_dflt_year_start,tor_file:_type_tor_file=_dflt_tor_file,tor_section:_type_tor_section=_dflt_tor_section,tor_quotes:_type_tor_quotes=_HAS_DEFAULT_FACTORY,psb_report:_type_psb_report=_HAS_DEFAULT_FACTORY,documents:_type_documents=_HAS_DEFAULT_FACTORY,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY,raw:_type_raw=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)
  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)
  __dataclass_builtins_object__.__setattr__(self,'reports_to',reports_to)
  __dataclass_builtins_object__.__setattr__(self,'administered_by',administered_by)
  __dataclass_builtins_object__.__setattr__(self,'tor_version',tor_version)
  __dataclass_builtins_object__.__setattr__(self,'tor_agreed',tor_agreed)
  __dataclass_builtins_object__.__setattr__(self,'tor_last_reviewed',tor_last_reviewed)
  __dataclass_builtins_object__.__setattr__(self,'tor_review_months',tor_review_months)
  __dataclass_builtins_object__.__setattr__(self,'tor_history',tor_history)
  __dataclass_builtins_object__.__setattr__(self,'chair',chair)
  __dataclass_builtins_object__.__setattr__(self,'vice_chair',vice_chair)
  __dataclass_builtins_object__.__setattr__(self,'partnership_ids',partnership_ids)
  __dataclass_builtins_object__.__setattr__(self,'seats',seats)
  __dataclass_builtins_object__.__setattr__(self,'invitees',invitees)
  __dataclass_builtins_object__.__setattr__(self,'quorum_other_members',quorum_other_members)
  __dataclass_builtins_object__.__setattr__(self,'quorum_chair_or_vice',quorum_chair_or_vice)
  __dataclass_builtins_object__.__setattr__(self,'quorum_impacted_chairs',quorum_impacted_chairs)
  __dataclass_builtins_object__.__setattr__(self,'deputy_chair_agreement',deputy_chair_agreement)
  __dataclass_builtins_object__.__setattr__(self,'deputy_delegated_authority',deputy_delegated_authority)
  __dataclass_builtins_object__.__setattr__(self,'meetings_per_year',meetings_per_year)
  __dataclass_builtins_object__.__setattr__(self,'first_meeting',first_meeting)
  __dataclass_builtins_object__.__setattr__(self,'papers_days_before',papers_days_before)
  __dataclass_builtins_object__.__setattr__(self,'declarations_required',declarations_required)
  __dataclass_builtins_object__.__setattr__(self,'minutes_retention_years',minutes_retention_years)
  __dataclass_builtins_object__.__setattr__(self,'minutes_published_on',minutes_published_on)
  __dataclass_builtins_object__.__setattr__(self,'meetings_public',meetings_public)
  __dataclass_builtins_object__.__setattr__(self,'priorities_review_months',priorities_review_months)
  __dataclass_builtins_object__.__setattr__(self,'thresholds',thresholds)
  __dataclass_builtins_object__.__setattr__(self,'severities',_dflt_severities() if severities is _HAS_DEFAULT_FACTORY else severities)
  __dataclass_builtins_object__.__setattr__(self,'tor_document',tor_document)
  __dataclass_builtins_object__.__setattr__(self,'aob_at_chair_discretion',aob_at_chair_discretion)
  __dataclass_builtins_object__.__setattr__(self,'extraordinary_meetings',extraordinary_meetings)
  __dataclass_builtins_object__.__setattr__(self,'tor_clauses',_dflt_tor_clauses() if tor_clauses is _HAS_DEFAULT_FACTORY else tor_clauses)
  __dataclass_builtins_object__.__setattr__(self,'quorum_fraction',quorum_fraction)
  __dataclass_builtins_object__.__setattr__(self,'quorum_rounding',quorum_rounding)
  __dataclass_builtins_object__.__setattr__(self,'quorum_chair_counts',quorum_chair_counts)
  __dataclass_builtins_object__.__setattr__(self,'quorum_known',quorum_known)
  __dataclass_builtins_object__.__setattr__(self,'year_start',year_start)
  __dataclass_builtins_object__.__setattr__(self,'tor_file',tor_file)
  __dataclass_builtins_object__.__setattr__(self,'tor_section',tor_section)
  __dataclass_builtins_object__.__setattr__(self,'tor_quotes',_dflt_tor_quotes() if tor_quotes is _HAS_DEFAULT_FACTORY else tor_quotes)
  __dataclass_builtins_object__.__setattr__(self,'psb_report',_dflt_psb_report() if psb_report is _HAS_DEFAULT_FACTORY else psb_report)
  __dataclass_builtins_object__.__setattr__(self,'documents',_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)
  __dataclass_builtins_object__.__setattr__(self,'raw',_dflt_raw() if raw is _HAS_DEFAULT_FACTORY else raw)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_short_name, _type_purpose, _type_reports_to, _type_administered_by, _type_tor_version, _type_tor_agreed, _type_tor_last_reviewed, _type_tor_review_months, _type_tor_history, _type_chair, _type_vice_chair, _type_partnership_ids, _type_seats, _type_invitees, _type_quorum_other_members, _type_quorum_chair_or_vice, _type_quorum_impacted_chairs, _type_deputy_chair_agreement, _type_deputy_delegated_authority, _type_meetings_per_year, _type_first_meeting, _type_papers_days_before, _type_declarations_required, _type_minutes_retention_years, _type_minutes_published_on, _type_meetings_public, _type_priorities_review_months, _type_thresholds, _type_severities, _type_tor_document, _type_aob_at_chair_discretion, _type_extraordinary_meetings, _type_tor_clauses, _type_quorum_fraction, _type_quorum_rounding, _type_quorum_chair_counts, _type_quorum_known, _type_year_start, _type_tor_file, _type_tor_section, _type_tor_quotes, _type_psb_report, _type_documents, _type_loc, _type_locs, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_severities, _dflt_tor_document, _dflt_aob_at_chair_discretion, _dflt_extraordinary_meetings, _dflt_tor_clauses, _dflt_quorum_fraction, _dflt_quorum_rounding, _dflt_quorum_chair_counts, _dflt_quorum_known, _dflt_year_start, _dflt_tor_file, _dflt_tor_section, _dflt_tor_quotes, _dflt_psb_report, _dflt_documents, _dflt_loc, _dflt_locs, _dflt_raw, _return_type):\n def __init__(self,id:_type_id,name:_type_name,short_name:_type_short_name,purpose:_type_purpose,reports_to:_type_reports_to,administered_by:_type_administered_by,tor_version:_type_tor_version,tor_agreed:_type_tor_agreed,tor_last_reviewed:_type_tor_last_reviewed,tor_review_months:_type_tor_review_months,tor_history:_type_tor_history,chair:_type_chair,vice_chair:_type_vice_chair,partnership_ids:_type_partnership_ids,seats:_type_seats,invitees:_type_invitees,quorum_other_members:_type_quorum_other_members,quorum_chair_or_vice:_type_quorum_chair_or_vice,quorum_impacted_chairs:_type_quorum_impacted_chairs,deputy_chair_agreement:_type_deputy_chair_agreement,deputy_delegated_authority:_type_deputy_delegated_authority,meetings_per_year:_type_meetings_per_year,first_meeting:_type_first_meeting,papers_days_before:_type_papers_days_before,declarations_required:_type_declarations_required,minutes_retention_years:_type_minutes_retention_years,minutes_published_on:_type_minutes_published_on,meetings_public:_type_meetings_public,priorities_review_months:_type_priorities_review_months,thresholds:_type_thresholds,severities:_type_severities=_HAS_DEFAULT_FACTORY,tor_document:_type_tor_document=_dflt_tor_document,aob_at_chair_discretion:_type_aob_at_chair_discretion=_dflt_aob_at_chair_discretion,extraordinary_meetings:_type_extraordinary_meetings=_dflt_extraordinary_meetings,tor_clauses:_type_tor_clauses=_HAS_DEFAULT_FACTORY,quorum_fraction:_type_quorum_fraction=_dflt_quorum_fraction,quorum_rounding:_type_quorum_rounding=_dflt_quorum_rounding,quorum_chair_counts:_type_quorum_chair_counts=_dflt_quorum_chair_counts,quorum_known:_type_quorum_known=_dflt_quorum_known,year_start:_type_year_start=_dflt_year_start,tor_file:_type_tor_file=_dflt_tor_file,tor_section:_type_tor_section=_dflt_tor_section,tor_quotes:_type_tor_quotes=_HAS_DEFAULT_FACTORY,psb_report:_type_psb_report=_HAS_DEFAULT_FACTORY,documents:_type_documents=_HAS_DEFAULT_FACTORY,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY,raw:_type_raw=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'short_name',short_name)\n  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)\n  __dataclass_builtins_object__.__setattr__(self,'reports_to',reports_to)\n  __dataclass_builtins_object__.__setattr__(self,'administered_by',administered_by)\n  __dataclass_builtins_object__.__setattr__(self,'tor_version',tor_version)\n  __dataclass_builtins_object__.__setattr__(self,'tor_agreed',tor_agreed)\n  __dataclass_builtins_object__.__setattr__(self,'tor_last_reviewed',tor_last_reviewed)\n  __dataclass_builtins_object__.__setattr__(self,'tor_review_months',tor_review_months)\n  __dataclass_builtins_object__.__setattr__(self,'tor_history',tor_history)\n  __dataclass_builtins_object__.__setattr__(self,'chair',chair)\n  __dataclass_builtins_object__.__setattr__(self,'vice_chair',vice_chair)\n  __dataclass_builtins_object__.__setattr__(self,'partnership_ids',partnership_ids)\n  __dataclass_builtins_object__.__setattr__(self,'seats',seats)\n  __dataclass_builtins_object__.__setattr__(self,'invitees',invitees)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_other_members',quorum_other_members)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_chair_or_vice',quorum_chair_or_vice)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_impacted_chairs',quorum_impacted_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'deputy_chair_agreement',deputy_chair_agreement)\n  __dataclass_builtins_object__.__setattr__(self,'deputy_delegated_authority',deputy_delegated_authority)\n  __dataclass_builtins_object__.__setattr__(self,'meetings_per_year',meetings_per_year)\n  __dataclass_builtins_object__.__setattr__(self,'first_meeting',first_meeting)\n  __dataclass_builtins_object__.__setattr__(self,'papers_days_before',papers_days_before)\n  __dataclass_builtins_object__.__setattr__(self,'declarations_required',declarations_required)\n  __dataclass_builtins_object__.__setattr__(self,'minutes_retention_years',minutes_retention_years)\n  __dataclass_builtins_object__.__setattr__(self,'minutes_published_on',minutes_published_on)\n  __dataclass_builtins_object__.__setattr__(self,'meetings_public',meetings_public)\n  __dataclass_builtins_object__.__setattr__(self,'priorities_review_months',priorities_review_months)\n  __dataclass_builtins_object__.__setattr__(self,'thresholds',thresholds)\n  __dataclass_builtins_object__.__setattr__(self,'severities',_dflt_severities() if severities is _HAS_DEFAULT_FACTORY else severities)\n  __dataclass_builtins_object__.__setattr__(self,'tor_document',tor_document)\n  __dataclass_builtins_object__.__setattr__(self,'aob_at_chair_discretion',aob_at_chair_discretion)\n  __dataclass_builtins_object__.__setattr__(self,'extraordinary_meetings',extraordinary_meetings)\n  __dataclass_builtins_object__.__setattr__(self,'tor_clauses',_dflt_tor_clauses() if tor_clauses is _HAS_DEFAULT_FACTORY else tor_clauses)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_fraction',quorum_fraction)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_rounding',quorum_rounding)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_chair_counts',quorum_chair_counts)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_known',quorum_known)\n  __dataclass_builtins_object__.__setattr__(self,'year_start',year_start)\n  __dataclass_builtins_object__.__setattr__(self,'tor_file',tor_file)\n  __dataclass_builtins_object__.__setattr__(self,'tor_section',tor_section)\n  __dataclass_builtins_object__.__setattr__(self,'tor_quotes',_dflt_tor_quotes() if tor_quotes is _HAS_DEFAULT_FACTORY else tor_quotes)\n  __dataclass_builtins_object__.__setattr__(self,'psb_report',_dflt_psb_report() if psb_report is _HAS_DEFAULT_FACTORY else psb_report)\n  __dataclass_builtins_object__.__setattr__(self,'documents',_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)\n  __dataclass_builtins_object__.__setattr__(self,'raw',_dflt_raw() if raw is _HAS_DEFAULT_FACTORY else raw)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_name, _type_status, _type_also_called, _type_led_by, _type_convened_by, _type_start, _type_end, _type_summary, _type_aims, _type_places_designated, _type_places_additional, _type_priority, _type_partnerships, _type_funding, _type_themes, _type_outcomes, _type_outcomes_note, _type_highlights, _type_challenges, _type_recommendations, _type_conclusion, _type_authors, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_also_called, _dflt_led_by, _dflt_convened_by, _dflt_start, _dflt_end, _dflt_summary, _dflt_aims, _dflt_places_designated, _dflt_places_additional, _dflt_priority, _dflt_partnerships, _dflt_funding, _dflt_themes, _dflt_outcomes, _dflt_outcomes_note, _dflt_highlights, _dflt_challenges, _dflt_recommendations, _dflt_conclusion, _dflt_authors, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,name:_type_name,status:_type_status,also_called:_type_also_called=_dflt_also_called,led_by:_type_led_by=_dflt_led_by,convened_by:_type_convened_by=_dflt_convened_by,start:_type_start=_dflt_start,end:_type_end=_dflt_end,summary:_type_summary=_dflt_summary,aims:_type_aims=_dflt_aims,places_designated:_type_places_designated=_dflt_places_designated,places_additional:_type_places_additional=_dflt_places_additional,priority:_type_priority=_dflt_priority,partnerships:_type_partnerships=_dflt_partnerships,funding:_type_funding=_dflt_funding,themes:_type_themes=_dflt_themes,outcomes:_type_outcomes=_dflt_outcomes,outcomes_note:_type_outcomes_note=_dflt_outcomes_note,highlights:_type_highlights=_dflt_highlights,challenges:_type_challenges=_dflt_challenges,recommendations:_type_recommendations=_dflt_recommendations,conclusion:_type_conclusion=_dflt_conclusion,authors:_type_authors=_dflt_authors,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'also_called',also_called)
  __dataclass_builtins_object__.__setattr__(self,'led_by',led_by)
  __dataclass_builtins_object__.__setattr__(self,'convened_by',convened_by)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'aims',aims)
  __dataclass_builtins_object__.__setattr__(self,'places_designated',places_designated)
  __dataclass_builtins_object__.__setattr__(self,'places_additional',places_additional)
  __dataclass_builtins_object__.__setattr__(self,'priority',priority)
  __dataclass_builtins_object__.__setattr__(self,'partnerships',partnerships)
  __dataclass_builtins_object__.__setattr__(self,'funding',funding)
  __dataclass_builtins_object__.__setattr__(self,'themes',themes)
  __dataclass_builtins_object__.__setattr__(self,'outcomes',outcomes)
  __dataclass_builtins_object__.__setattr__(self,'outcomes_note',outcomes_note)
  __dataclass_builtins_object__.__setattr__(self,'highlights',highlights)
  __dataclass_builtins_object__.__setattr__(self,'challenges',challenges)
  __dataclass_builtins_object__.__setattr__(self,'recommendations',recommendations)
  __dataclass_builtins_object__.__setattr__(self,'conclusion',conclusion)
  __dataclass_builtins_object__.__setattr__(self,'authors',authors)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_name, _type_status, _type_also_called, _type_led_by, _type_convened_by, _type_start, _type_end, _type_summary, _type_aims, _type_places_designated, _type_places_additional, _type_priority, _type_partnerships, _type_funding, _type_themes, _type_outcomes, _type_outcomes_note, _type_highlights, _type_challenges, _type_recommendations, _type_conclusion, _type_authors, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_also_called, _dflt_led_by, _dflt_convened_by, _dflt_start, _dflt_end, _dflt_summary, _dflt_aims, _dflt_places_designated, _dflt_places_additional, _dflt_priority, _dflt_partnerships, _dflt_funding, _dflt_themes, _dflt_outcomes, _dflt_outcomes_note, _dflt_highlights, _dflt_challenges, _dflt_recommendations, _dflt_conclusion, _dflt_authors, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,name:_type_name,status:_type_status,also_called:_type_also_called=_dflt_also_called,led_by:_type_led_by=_dflt_led_by,convened_by:_type_convened_by=_dflt_convened_by,start:_type_start=_dflt_start,end:_type_end=_dflt_end,summary:_type_summary=_dflt_summary,aims:_type_aims=_dflt_aims,places_designated:_type_places_designated=_dflt_places_designated,places_additional:_type_places_additional=_dflt_places_additional,priority:_type_priority=_dflt_priority,partnerships:_type_partnerships=_dflt_partnerships,funding:_type_funding=_dflt_funding,themes:_type_themes=_dflt_themes,outcomes:_type_outcomes=_dflt_outcomes,outcomes_note:_type_outcomes_note=_dflt_outcomes_note,highlights:_type_highlights=_dflt_highlights,challenges:_type_challenges=_dflt_challenges,recommendations:_type_recommendations=_dflt_recommendations,conclusion:_type_conclusion=_dflt_conclusion,authors:_type_authors=_dflt_authors,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'also_called',also_called)\n  __dataclass_builtins_object__.__setattr__(self,'led_by',led_by)\n  __dataclass_builtins_object__.__setattr__(self,'convened_by',convened_by)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'aims',aims)\n  __dataclass_builtins_object__.__setattr__(self,'places_designated',places_designated)\n  __dataclass_builtins_object__.__setattr__(self,'places_additional',places_additional)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'partnerships',partnerships)\n  __dataclass_builtins_object__.__setattr__(self,'funding',funding)\n  __dataclass_builtins_object__.__setattr__(self,'themes',themes)\n  __dataclass_builtins_object__.__setattr__(self,'outcomes',outcomes)\n  __dataclass_builtins_object__.__setattr__(self,'outcomes_note',outcomes_note)\n  __dataclass_builtins_object__.__setattr__(self,'highlights',highlights)\n  __dataclass_builtins_object__.__setattr__(self,'challenges',challenges)\n  __dataclass_builtins_object__.__setattr__(self,'recommendations',recommendations)\n  __dataclass_builtins_object__.__setattr__(self,'conclusion',conclusion)\n  __dataclass_builtins_object__.__setattr__(self,'authors',authors)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_number, _type_title, _type_agreed, _type_status, _type_description, _type_agreed_at, _type_requested_by, _type_lead, _type_milestones, _type_updates, _type_funding, _type_source, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_agreed_at, _dflt_requested_by, _dflt_lead, _dflt_milestones, _dflt_updates, _dflt_funding, _dflt_source, _dflt_loc, _dflt_locs, _return_type):
 def __init__(self,id:_type_id,number:_type_number,title:_type_title,agreed:_type_agreed,status:_type_status,description:_type_description=_dflt_description,agreed_at:_type_agreed_at=_dflt_agreed_at,requested_by:_type_requested_by=_dflt_requested_by,lead:_type_lead=_dflt_lead,milestones:_type_milestones=_dflt_milestones,updates:_type_updates=_dflt_updates,funding:_type_funding=_dflt_funding,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'agreed',agreed)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'agreed_at',agreed_at)
  __dataclass_builtins_object__.__setattr__(self,'requested_by',requested_by)
  __dataclass_builtins_object__.__setattr__(self,'lead',lead)
  __dataclass_builtins_object__.__setattr__(self,'milestones',milestones)
  __dataclass_builtins_object__.__setattr__(self,'updates',updates)
  __dataclass_builtins_object__.__setattr__(self,'funding',funding)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_number, _type_title, _type_agreed, _type_status, _type_description, _type_agreed_at, _type_requested_by, _type_lead, _type_milestones, _type_updates, _type_funding, _type_source, _type_loc, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_description, _dflt_agreed_at, _dflt_requested_by, _dflt_lead, _dflt_milestones, _dflt_updates, _dflt_funding, _dflt_source, _dflt_loc, _dflt_locs, _return_type):\n def __init__(self,id:_type_id,number:_type_number,title:_type_title,agreed:_type_agreed,status:_type_status,description:_type_description=_dflt_description,agreed_at:_type_agreed_at=_dflt_agreed_at,requested_by:_type_requested_by=_dflt_requested_by,lead:_type_lead=_dflt_lead,milestones:_type_milestones=_dflt_milestones,updates:_type_updates=_dflt_updates,funding:_type_funding=_dflt_funding,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc,locs:_type_locs=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'agreed',agreed)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'description',description)\n  __dataclass_builtins_object__.__setattr__(self,'agreed_at',agreed_at)\n  __dataclass_builtins_object__.__setattr__(self,'requested_by',requested_by)\n  __dataclass_builtins_object__.__setattr__(self,'lead',lead)\n  __dataclass_builtins_object__.__setattr__(self,'milestones',milestones)\n  __dataclass_builtins_object__.__setattr__(self,'updates',updates)\n  __dataclass_builtins_object__.__setattr__(self,'funding',funding)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'locs',_dflt_locs() if locs is _HAS_DEFAULT_FACTORY else locs)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_partnership, _type_kind, _type_title, _type_basis, _type_status, _type_requirement, _type_due, _type_last_completed, _type_every_months, _type_completed, _type_verified, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_requirement, _dflt_due, _dflt_last_completed, _dflt_every_months, _dflt_completed, _dflt_verified, _dflt_note, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,partnership:_type_partnership,kind:_type_kind,title:_type_title,basis:_type_basis,status:_type_status,requirement:_type_requirement=_dflt_requirement,due:_type_due=_dflt_due,last_completed:_type_last_completed=_dflt_last_completed,every_months:_type_every_months=_dflt_every_months,completed:_type_completed=_dflt_completed,verified:_type_verified=_dflt_verified,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'requirement',requirement)
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'last_completed',last_completed)
  __dataclass_builtins_object__.__setattr__(self,'every_months',every_months)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_partnership, _type_kind, _type_title, _type_basis, _type_status, _type_requirement, _type_due, _type_last_completed, _type_every_months, _type_completed, _type_verified, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_requirement, _dflt_due, _dflt_last_completed, _dflt_every_months, _dflt_completed, _dflt_verified, _dflt_note, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,partnership:_type_partnership,kind:_type_kind,title:_type_title,basis:_type_basis,status:_type_status,requirement:_type_requirement=_dflt_requirement,due:_type_due=_dflt_due,last_completed:_type_last_completed=_dflt_last_completed,every_months:_type_every_months=_dflt_every_months,completed:_type_completed=_dflt_completed,verified:_type_verified=_dflt_verified,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'requirement',requirement)\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'last_completed',last_completed)\n  __dataclass_builtins_object__.__setattr__(self,'every_months',every_months)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n  __dataclass_builtins_object__.__setattr__(self,'verified',verified)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_priority, _type_title, _type_status, _type_due, _type_completed, _type_at_meeting, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_due, _dflt_completed, _dflt_at_meeting, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,priority:_type_priority,title:_type_title,status:_type_status,due:_type_due=_dflt_due,completed:_type_completed=_dflt_completed,at_meeting:_type_at_meeting=_dflt_at_meeting,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'priority',priority)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
  __dataclass_builtins_object__.__setattr__(self,'at_meeting',at_meeting)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_priority, _type_title, _type_status, _type_due, _type_completed, _type_at_meeting, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_due, _dflt_completed, _dflt_at_meeting, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,priority:_type_priority,title:_type_title,status:_type_status,due:_type_due=_dflt_due,completed:_type_completed=_dflt_completed,at_meeting:_type_at_meeting=_dflt_at_meeting,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n  __dataclass_builtins_object__.__setattr__(self,'at_meeting',at_meeting)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_recipient, _type_purpose, _type_continuation, _type_funder, _type_recipients, _type_priority, _type_initiative, _type_partnership, _type_amount_gbp, _type_amount_min_gbp, _type_amount_max_gbp, _type_amount_text, _type_confirmed, _type_financial_year, _type_start, _type_end, _type_followed_by, _type_spent_gbp, _type_claimed_gbp, _type_spent_as_of, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funder, _dflt_recipients, _dflt_priority, _dflt_initiative, _dflt_partnership, _dflt_amount_gbp, _dflt_amount_min_gbp, _dflt_amount_max_gbp, _dflt_amount_text, _dflt_confirmed, _dflt_financial_year, _dflt_start, _dflt_end, _dflt_followed_by, _dflt_spent_gbp, _dflt_claimed_gbp, _dflt_spent_as_of, _dflt_note, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,recipient:_type_recipient,purpose:_type_purpose,continuation:_type_continuation,funder:_type_funder=_dflt_funder,recipients:_type_recipients=_dflt_recipients,priority:_type_priority=_dflt_priority,initiative:_type_initiative=_dflt_initiative,partnership:_type_partnership=_dflt_partnership,amount_gbp:_type_amount_gbp=_dflt_amount_gbp,amount_min_gbp:_type_amount_min_gbp=_dflt_amount_min_gbp,amount_max_gbp:_type_amount_max_gbp=_dflt_amount_max_gbp,amount_text:_type_amount_text=_dflt_amount_text,confirmed:_type_confirmed=_dflt_confirmed,financial_year:_type_financial_year=_dflt_financial_year,start:_type_start=_dflt_start,end:_type_end=_dflt_end,followed_by:_type_followed_by=_dflt_followed_by,spent_gbp:_type_spent_gbp=_dflt_spent_gbp,claimed_gbp:_type_claimed_gbp=_dflt_claimed_gbp,spent_as_of:_type_spent_as_of=_dflt_spent_as_of,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'recipient',recipient)
  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)
  __dataclass_builtins_object__.__setattr__(self,'continuation',continuation)
  __dataclass_builtins_object__.__setattr__(self,'funder',funder)
  __dataclass_builtins_object__.__setattr__(self,'recipients',recipients)
  __dataclass_builtins_object__.__setattr__(self,'priority',priority)
  __dataclass_builtins_object__.__setattr__(self,'initiative',initiative)
  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)
  __dataclass_builtins_object__.__setattr__(self,'amount_gbp',amount_gbp)
  __dataclass_builtins_object__.__setattr__(self,'amount_min_gbp',amount_min_gbp)
  __dataclass_builtins_object__.__setattr__(self,'amount_max_gbp',amount_max_gbp)
  __dataclass_builtins_object__.__setattr__(self,'amount_text',amount_text)
  __dataclass_builtins_object__.__setattr__(self,'confirmed',confirmed)
  __dataclass_builtins_object__.__setattr__(self,'financial_year',financial_year)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'followed_by',followed_by)
  __dataclass_builtins_object__.__setattr__(self,'spent_gbp',spent_gbp)
  __dataclass_builtins_object__.__setattr__(self,'claimed_gbp',claimed_gbp)
  __dataclass_builtins_object__.__setattr__(self,'spent_as_of',spent_as_of)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_recipient, _type_purpose, _type_continuation, _type_funder, _type_recipients, _type_priority, _type_initiative, _type_partnership, _type_amount_gbp, _type_amount_min_gbp, _type_amount_max_gbp, _type_amount_text, _type_confirmed, _type_financial_year, _type_start, _type_end, _type_followed_by, _type_spent_gbp, _type_claimed_gbp, _type_spent_as_of, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funder, _dflt_recipients, _dflt_priority, _dflt_initiative, _dflt_partnership, _dflt_amount_gbp, _dflt_amount_min_gbp, _dflt_amount_max_gbp, _dflt_amount_text, _dflt_confirmed, _dflt_financial_year, _dflt_start, _dflt_end, _dflt_followed_by, _dflt_spent_gbp, _dflt_claimed_gbp, _dflt_spent_as_of, _dflt_note, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,recipient:_type_recipient,purpose:_type_purpose,continuation:_type_continuation,funder:_type_funder=_dflt_funder,recipients:_type_recipients=_dflt_recipients,priority:_type_priority=_dflt_priority,initiative:_type_initiative=_dflt_initiative,partnership:_type_partnership=_dflt_partnership,amount_gbp:_type_amount_gbp=_dflt_amount_gbp,amount_min_gbp:_type_amount_min_gbp=_dflt_amount_min_gbp,amount_max_gbp:_type_amount_max_gbp=_dflt_amount_max_gbp,amount_text:_type_amount_text=_dflt_amount_text,confirmed:_type_confirmed=_dflt_confirmed,financial_year:_type_financial_year=_dflt_financial_year,start:_type_start=_dflt_start,end:_type_end=_dflt_end,followed_by:_type_followed_by=_dflt_followed_by,spent_gbp:_type_spent_gbp=_dflt_spent_gbp,claimed_gbp:_type_claimed_gbp=_dflt_claimed_gbp,spent_as_of:_type_spent_as_of=_dflt_spent_as_of,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'recipient',recipient)\n  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)\n  __dataclass_builtins_object__.__setattr__(self,'continuation',continuation)\n  __dataclass_builtins_object__.__setattr__(self,'funder',funder)\n  __dataclass_builtins_object__.__setattr__(self,'recipients',recipients)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'initiative',initiative)\n  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)\n  __dataclass_builtins_object__.__setattr__(self,'amount_gbp',amount_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'amount_min_gbp',amount_min_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'amount_max_gbp',amount_max_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'amount_text',amount_text)\n  __dataclass_builtins_object__.__setattr__(self,'confirmed',confirmed)\n  __dataclass_builtins_object__.__setattr__(self,'financial_year',financial_year)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'followed_by',followed_by)\n  __dataclass_builtins_object__.__setattr__(self,'spent_gbp',spent_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'claimed_gbp',claimed_gbp)\n  __dataclass_builtins_object__.__setattr__(self,'spent_as_of',spent_as_of)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_role, _type_name, _type_organisation, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_organisation, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,role:_type_role,name:_type_name=_dflt_name,organisation:_type_organisation=_dflt_organisation,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_role, _type_name, _type_organisation, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_organisation, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,role:_type_role,name:_type_name=_dflt_name,organisation:_type_organisation=_dflt_organisation,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_severity, _type_group, _type_summary, _type_doc, _type_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_levels, _return_type):
 def __init__(self,id:_type_id,severity:_type_severity,group:_type_group,summary:_type_summary,doc:_type_doc,levels:_type_levels=_dflt_levels)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'levels',levels)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_severity, _type_group, _type_summary, _type_doc, _type_levels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_levels, _return_type):\n def __init__(self,id:_type_id,severity:_type_severity,group:_type_group,summary:_type_summary,doc:_type_doc,levels:_type_levels=_dflt_levels)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n  __dataclass_builtins_object__.__setattr__(self,'levels',levels)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_severity, _type_summary, _type_what, _type_example, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,what:_type_what,example:_type_example)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'example',example)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_severity, _type_summary, _type_what, _type_example, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,what:_type_what,example:_type_example)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'example',example)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_text, _type_item, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,text:_type_text,item:_type_item=_dflt_item,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_text, _type_item, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,text:_type_text,item:_type_item=_dflt_item,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_title, _type_lead, _type_paper, _type_marking, _type_decision_sought, _type_impacted_partnerships, _type_summary, _type_outcome, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lead, _dflt_paper, _dflt_marking, _dflt_decision_sought, _dflt_impacted_partnerships, _dflt_summary, _dflt_outcome, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,title:_type_title,lead:_type_lead=_dflt_lead,paper:_type_paper=_dflt_paper,marking:_type_marking=_dflt_marking,decision_sought:_type_decision_sought=_dflt_decision_sought,impacted_partnerships:_type_impacted_partnerships=_dflt_impacted_partnerships,summary:_type_summary=_dflt_summary,outcome:_type_outcome=_dflt_outcome,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'lead',lead)
  __dataclass_builtins_object__.__setattr__(self,'paper',paper)
  __dataclass_builtins_object__.__setattr__(self,'marking',marking)
  __dataclass_builtins_object__.__setattr__(self,'decision_sought',decision_sought)
  __dataclass_builtins_object__.__setattr__(self,'impacted_partnerships',impacted_partnerships)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_title, _type_lead, _type_paper, _type_marking, _type_decision_sought, _type_impacted_partnerships, _type_summary, _type_outcome, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lead, _dflt_paper, _dflt_marking, _dflt_decision_sought, _dflt_impacted_partnerships, _dflt_summary, _dflt_outcome, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,title:_type_title,lead:_type_lead=_dflt_lead,paper:_type_paper=_dflt_paper,marking:_type_marking=_dflt_marking,decision_sought:_type_decision_sought=_dflt_decision_sought,impacted_partnerships:_type_impacted_partnerships=_dflt_impacted_partnerships,summary:_type_summary=_dflt_summary,outcome:_type_outcome=_dflt_outcome,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'lead',lead)\n  __dataclass_builtins_object__.__setattr__(self,'paper',paper)\n  __dataclass_builtins_object__.__setattr__(self,'marking',marking)\n  __dataclass_builtins_object__.__setattr__(self,'decision_sought',decision_sought)\n  __dataclass_builtins_object__.__setattr__(self,'impacted_partnerships',impacted_partnerships)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_title, _type_organisation, _type_chair_of, _type_holder, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_organisation, _dflt_chair_of, _dflt_holder, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,title:_type_title,organisation:_type_organisation=_dflt_organisation,chair_of:_type_chair_of=_dflt_chair_of,holder:_type_holder=_dflt_holder,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)
  __dataclass_builtins_object__.__setattr__(self,'chair_of',chair_of)
  __dataclass_builtins_object__.__setattr__(self,'holder',holder)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_title, _type_organisation, _type_chair_of, _type_holder, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_organisation, _dflt_chair_of, _dflt_holder, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,title:_type_title,organisation:_type_organisation=_dflt_organisation,chair_of:_type_chair_of=_dflt_chair_of,holder:_type_holder=_dflt_holder,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)\n  __dataclass_builtins_object__.__setattr__(self,'chair_of',chair_of)\n  __dataclass_builtins_object__.__setattr__(self,'holder',holder)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_title, _type_raised, _type_raised_by, _type_status, _type_summary, _type_escalated_to_board, _type_answer_priorities, _type_answer_actions, _type_answer_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_summary, _dflt_escalated_to_board, _dflt_answer_priorities, _dflt_answer_actions, _dflt_answer_note, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,title:_type_title,raised:_type_raised,raised_by:_type_raised_by,status:_type_status,summary:_type_summary=_dflt_summary,escalated_to_board:_type_escalated_to_board=_dflt_escalated_to_board,answer_priorities:_type_answer_priorities=_dflt_answer_priorities,answer_actions:_type_answer_actions=_dflt_answer_actions,answer_note:_type_answer_note=_dflt_answer_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'raised',raised)
  __dataclass_builtins_object__.__setattr__(self,'raised_by',raised_by)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'escalated_to_board',escalated_to_board)
  __dataclass_builtins_object__.__setattr__(self,'answer_priorities',answer_priorities)
  __dataclass_builtins_object__.__setattr__(self,'answer_actions',answer_actions)
  __dataclass_builtins_object__.__setattr__(self,'answer_note',answer_note)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_title, _type_raised, _type_raised_by, _type_status, _type_summary, _type_escalated_to_board, _type_answer_priorities, _type_answer_actions, _type_answer_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_summary, _dflt_escalated_to_board, _dflt_answer_priorities, _dflt_answer_actions, _dflt_answer_note, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,title:_type_title,raised:_type_raised,raised_by:_type_raised_by,status:_type_status,summary:_type_summary=_dflt_summary,escalated_to_board:_type_escalated_to_board=_dflt_escalated_to_board,answer_priorities:_type_answer_priorities=_dflt_answer_priorities,answer_actions:_type_answer_actions=_dflt_answer_actions,answer_note:_type_answer_note=_dflt_answer_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'raised',raised)\n  __dataclass_builtins_object__.__setattr__(self,'raised_by',raised_by)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'escalated_to_board',escalated_to_board)\n  __dataclass_builtins_object__.__setattr__(self,'answer_priorities',answer_priorities)\n  __dataclass_builtins_object__.__setattr__(self,'answer_actions',answer_actions)\n  __dataclass_builtins_object__.__setattr__(self,'answer_note',answer_note)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_id, _type_to, _type_what, _type_status, _type_also_to, _type_prepared_by, _type_priority, _type_milestone, _type_initiative, _type_partnership, _type_due, _type_sent, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_also_to, _dflt_prepared_by, _dflt_priority, _dflt_milestone, _dflt_initiative, _dflt_partnership, _dflt_due, _dflt_sent, _dflt_note, _dflt_source, _dflt_loc, _return_type):
 def __init__(self,id:_type_id,to:_type_to,what:_type_what,status:_type_status,also_to:_type_also_to=_dflt_also_to,prepared_by:_type_prepared_by=_dflt_prepared_by,priority:_type_priority=_dflt_priority,milestone:_type_milestone=_dflt_milestone,initiative:_type_initiative=_dflt_initiative,partnership:_type_partnership=_dflt_partnership,due:_type_due=_dflt_due,sent:_type_sent=_dflt_sent,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'to',to)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'also_to',also_to)
  __dataclass_builtins_object__.__setattr__(self,'prepared_by',prepared_by)
  __dataclass_builtins_object__.__setattr__(self,'priority',priority)
  __dataclass_builtins_object__.__setattr__(self,'milestone',milestone)
  __dataclass_builtins_object__.__setattr__(self,'initiative',initiative)
  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'sent',sent)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_id, _type_to, _type_what, _type_status, _type_also_to, _type_prepared_by, _type_priority, _type_milestone, _type_initiative, _type_partnership, _type_due, _type_sent, _type_note, _type_source, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_also_to, _dflt_prepared_by, _dflt_priority, _dflt_milestone, _dflt_initiative, _dflt_partnership, _dflt_due, _dflt_sent, _dflt_note, _dflt_source, _dflt_loc, _return_type):\n def __init__(self,id:_type_id,to:_type_to,what:_type_what,status:_type_status,also_to:_type_also_to=_dflt_also_to,prepared_by:_type_prepared_by=_dflt_prepared_by,priority:_type_priority=_dflt_priority,milestone:_type_milestone=_dflt_milestone,initiative:_type_initiative=_dflt_initiative,partnership:_type_partnership=_dflt_partnership,due:_type_due=_dflt_due,sent:_type_sent=_dflt_sent,note:_type_note=_dflt_note,source:_type_source=_dflt_source,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'to',to)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'also_to',also_to)\n  __dataclass_builtins_object__.__setattr__(self,'prepared_by',prepared_by)\n  __dataclass_builtins_object__.__setattr__(self,'priority',priority)\n  __dataclass_builtins_object__.__setattr__(self,'milestone',milestone)\n  __dataclass_builtins_object__.__setattr__(self,'initiative',initiative)\n  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'sent',sent)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_item, _type_verdict, _type_present_chairs, _type_missing_chairs, _type_vacant_chairs, _type_unknown_chairs, _type_reasons, _type_awaited_chairs, _type_interests, _type_meeting_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_awaited_chairs, _dflt_interests, _dflt_meeting_reason, _return_type):
 def __init__(self,item:_type_item,verdict:_type_verdict,present_chairs:_type_present_chairs,missing_chairs:_type_missing_chairs,vacant_chairs:_type_vacant_chairs,unknown_chairs:_type_unknown_chairs,reasons:_type_reasons,awaited_chairs:_type_awaited_chairs=_dflt_awaited_chairs,interests:_type_interests=_dflt_interests,meeting_reason:_type_meeting_reason=_dflt_meeting_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)
  __dataclass_builtins_object__.__setattr__(self,'present_chairs',present_chairs)
  __dataclass_builtins_object__.__setattr__(self,'missing_chairs',missing_chairs)
  __dataclass_builtins_object__.__setattr__(self,'vacant_chairs',vacant_chairs)
  __dataclass_builtins_object__.__setattr__(self,'unknown_chairs',unknown_chairs)
  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)
  __dataclass_builtins_object__.__setattr__(self,'awaited_chairs',awaited_chairs)
  __dataclass_builtins_object__.__setattr__(self,'interests',interests)
  __dataclass_builtins_object__.__setattr__(self,'meeting_reason',meeting_reason)
 return __init__


TEXTS["def __create_fn__(_type_item, _type_verdict, _type_present_chairs, _type_missing_chairs, _type_vacant_chairs, _type_unknown_chairs, _type_reasons, _type_awaited_chairs, _type_interests, _type_meeting_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_awaited_chairs, _dflt_interests, _dflt_meeting_reason, _return_type):\n def __init__(self,item:_type_item,verdict:_type_verdict,present_chairs:_type_present_chairs,missing_chairs:_type_missing_chairs,vacant_chairs:_type_vacant_chairs,unknown_chairs:_type_unknown_chairs,reasons:_type_reasons,awaited_chairs:_type_awaited_chairs=_dflt_awaited_chairs,interests:_type_interests=_dflt_interests,meeting_reason:_type_meeting_reason=_dflt_meeting_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)\n  __dataclass_builtins_object__.__setattr__(self,'present_chairs',present_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'missing_chairs',missing_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'vacant_chairs',vacant_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'unknown_chairs',unknown_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'reasons',reasons)\n  __dataclass_builtins_object__.__setattr__(self,'awaited_chairs',awaited_chairs)\n  __dataclass_builtins_object__.__setattr__(self,'interests',interests)\n  __dataclass_builtins_object__.__setattr__(self,'meeting_reason',meeting_reason)\n return __init__"] = __create_fn__


def __create_fn__(_type_key, _type_params, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _return_type):
 def __init__(self,key:_type_key,params:_type_params=_dflt_params)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'params',params)
 return __init__


TEXTS["def __create_fn__(_type_key, _type_params, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_params, _return_type):\n def __init__(self,key:_type_key,params:_type_params=_dflt_params)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'params',params)\n return __init__"] = __create_fn__


def __create_fn__(_type_kind, _type_basis, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_basis, _dflt_severity, _return_type):
 def __init__(self,kind:_type_kind,basis:_type_basis=_dflt_basis,severity:_type_severity=_dflt_severity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
 return __init__


TEXTS["def __create_fn__(_type_kind, _type_basis, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_basis, _dflt_severity, _return_type):\n def __init__(self,kind:_type_kind,basis:_type_basis=_dflt_basis,severity:_type_severity=_dflt_severity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n return __init__"] = __create_fn__


def __create_fn__(_type_kind, _type_id, _type_part, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_part, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,part:_type_part=_dflt_part)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'part',part)
 return __init__


TEXTS["def __create_fn__(_type_kind, _type_id, _type_part, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_part, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,part:_type_part=_dflt_part)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'part',part)\n return __init__"] = __create_fn__


def __create_fn__(_type_meeting, _type_mode, _type_verdict, _type_presiding, _type_chair_present, _type_vice_chair_present, _type_others, _type_others_required, _type_uncertain, _type_seats, _type_rejected_deputies, _type_guests, _type_decisions, _type_represented, _type_chair_counted, _type_quorum_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_represented, _dflt_chair_counted, _dflt_quorum_known, _return_type):
 def __init__(self,meeting:_type_meeting,mode:_type_mode,verdict:_type_verdict,presiding:_type_presiding,chair_present:_type_chair_present,vice_chair_present:_type_vice_chair_present,others:_type_others,others_required:_type_others_required,uncertain:_type_uncertain,seats:_type_seats,rejected_deputies:_type_rejected_deputies,guests:_type_guests,decisions:_type_decisions,represented:_type_represented=_dflt_represented,chair_counted:_type_chair_counted=_dflt_chair_counted,quorum_known:_type_quorum_known=_dflt_quorum_known)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'meeting',meeting)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)
  __dataclass_builtins_object__.__setattr__(self,'presiding',presiding)
  __dataclass_builtins_object__.__setattr__(self,'chair_present',chair_present)
  __dataclass_builtins_object__.__setattr__(self,'vice_chair_present',vice_chair_present)
  __dataclass_builtins_object__.__setattr__(self,'others',others)
  __dataclass_builtins_object__.__setattr__(self,'others_required',others_required)
  __dataclass_builtins_object__.__setattr__(self,'uncertain',uncertain)
  __dataclass_builtins_object__.__setattr__(self,'seats',seats)
  __dataclass_builtins_object__.__setattr__(self,'rejected_deputies',rejected_deputies)
  __dataclass_builtins_object__.__setattr__(self,'guests',guests)
  __dataclass_builtins_object__.__setattr__(self,'decisions',decisions)
  __dataclass_builtins_object__.__setattr__(self,'represented',represented)
  __dataclass_builtins_object__.__setattr__(self,'chair_counted',chair_counted)
  __dataclass_builtins_object__.__setattr__(self,'quorum_known',quorum_known)
 return __init__


TEXTS["def __create_fn__(_type_meeting, _type_mode, _type_verdict, _type_presiding, _type_chair_present, _type_vice_chair_present, _type_others, _type_others_required, _type_uncertain, _type_seats, _type_rejected_deputies, _type_guests, _type_decisions, _type_represented, _type_chair_counted, _type_quorum_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_represented, _dflt_chair_counted, _dflt_quorum_known, _return_type):\n def __init__(self,meeting:_type_meeting,mode:_type_mode,verdict:_type_verdict,presiding:_type_presiding,chair_present:_type_chair_present,vice_chair_present:_type_vice_chair_present,others:_type_others,others_required:_type_others_required,uncertain:_type_uncertain,seats:_type_seats,rejected_deputies:_type_rejected_deputies,guests:_type_guests,decisions:_type_decisions,represented:_type_represented=_dflt_represented,chair_counted:_type_chair_counted=_dflt_chair_counted,quorum_known:_type_quorum_known=_dflt_quorum_known)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'meeting',meeting)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)\n  __dataclass_builtins_object__.__setattr__(self,'presiding',presiding)\n  __dataclass_builtins_object__.__setattr__(self,'chair_present',chair_present)\n  __dataclass_builtins_object__.__setattr__(self,'vice_chair_present',vice_chair_present)\n  __dataclass_builtins_object__.__setattr__(self,'others',others)\n  __dataclass_builtins_object__.__setattr__(self,'others_required',others_required)\n  __dataclass_builtins_object__.__setattr__(self,'uncertain',uncertain)\n  __dataclass_builtins_object__.__setattr__(self,'seats',seats)\n  __dataclass_builtins_object__.__setattr__(self,'rejected_deputies',rejected_deputies)\n  __dataclass_builtins_object__.__setattr__(self,'guests',guests)\n  __dataclass_builtins_object__.__setattr__(self,'decisions',decisions)\n  __dataclass_builtins_object__.__setattr__(self,'represented',represented)\n  __dataclass_builtins_object__.__setattr__(self,'chair_counted',chair_counted)\n  __dataclass_builtins_object__.__setattr__(self,'quorum_known',quorum_known)\n return __init__"] = __create_fn__


def __create_fn__(_type_name, _type_agreed_by_chair, _type_delegated_authority, _type_person, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _return_type):
 def __init__(self,name:_type_name,agreed_by_chair:_type_agreed_by_chair,delegated_authority:_type_delegated_authority,person:_type_person=_dflt_person)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'agreed_by_chair',agreed_by_chair)
  __dataclass_builtins_object__.__setattr__(self,'delegated_authority',delegated_authority)
  __dataclass_builtins_object__.__setattr__(self,'person',person)
 return __init__


TEXTS["def __create_fn__(_type_name, _type_agreed_by_chair, _type_delegated_authority, _type_person, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _return_type):\n def __init__(self,name:_type_name,agreed_by_chair:_type_agreed_by_chair,delegated_authority:_type_delegated_authority,person:_type_person=_dflt_person)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'agreed_by_chair',agreed_by_chair)\n  __dataclass_builtins_object__.__setattr__(self,'delegated_authority',delegated_authority)\n  __dataclass_builtins_object__.__setattr__(self,'person',person)\n return __init__"] = __create_fn__


def __create_fn__(_type_name, _type_context, _type_problem, _type_message, _type_at_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_at_context, _return_type):
 def __init__(self,name:_type_name,context:_type_context,problem:_type_problem,message:_type_message,at_context:_type_at_context=_dflt_at_context)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'at_context',at_context)
 return __init__


TEXTS["def __create_fn__(_type_name, _type_context, _type_problem, _type_message, _type_at_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_at_context, _return_type):\n def __init__(self,name:_type_name,context:_type_context,problem:_type_problem,message:_type_message,at_context:_type_at_context=_dflt_at_context)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'at_context',at_context)\n return __init__"] = __create_fn__


def __create_fn__(_type_name, _type_person, _type_organisation, _type_purpose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_organisation, _dflt_purpose, _return_type):
 def __init__(self,name:_type_name,person:_type_person=_dflt_person,organisation:_type_organisation=_dflt_organisation,purpose:_type_purpose=_dflt_purpose)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'person',person)
  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)
  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)
 return __init__


TEXTS["def __create_fn__(_type_name, _type_person, _type_organisation, _type_purpose, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_organisation, _dflt_purpose, _return_type):\n def __init__(self,name:_type_name,person:_type_person=_dflt_person,organisation:_type_organisation=_dflt_organisation,purpose:_type_purpose=_dflt_purpose)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'person',person)\n  __dataclass_builtins_object__.__setattr__(self,'organisation',organisation)\n  __dataclass_builtins_object__.__setattr__(self,'purpose',purpose)\n return __init__"] = __create_fn__


def __create_fn__(_type_partnership, _type_quote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,partnership:_type_partnership,quote:_type_quote)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
 return __init__


TEXTS["def __create_fn__(_type_partnership, _type_quote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,partnership:_type_partnership,quote:_type_quote)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'partnership',partnership)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n return __init__"] = __create_fn__


def __create_fn__(_type_partnerships, _type_priorities, _type_meetings, _type_funding, _type_initiatives, _type_groups, _type_actions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funding, _dflt_initiatives, _dflt_groups, _dflt_actions, _return_type):
 def __init__(self,partnerships:_type_partnerships,priorities:_type_priorities,meetings:_type_meetings,funding:_type_funding=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,actions:_type_actions=_dflt_actions)->_return_type:
  self.partnerships=partnerships
  self.priorities=priorities
  self.meetings=meetings
  self.funding=_dflt_funding() if funding is _HAS_DEFAULT_FACTORY else funding
  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives
  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups
  self.actions=actions
 return __init__


TEXTS['def __create_fn__(_type_partnerships, _type_priorities, _type_meetings, _type_funding, _type_initiatives, _type_groups, _type_actions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_funding, _dflt_initiatives, _dflt_groups, _dflt_actions, _return_type):\n def __init__(self,partnerships:_type_partnerships,priorities:_type_priorities,meetings:_type_meetings,funding:_type_funding=_HAS_DEFAULT_FACTORY,initiatives:_type_initiatives=_HAS_DEFAULT_FACTORY,groups:_type_groups=_HAS_DEFAULT_FACTORY,actions:_type_actions=_dflt_actions)->_return_type:\n  self.partnerships=partnerships\n  self.priorities=priorities\n  self.meetings=meetings\n  self.funding=_dflt_funding() if funding is _HAS_DEFAULT_FACTORY else funding\n  self.initiatives=_dflt_initiatives() if initiatives is _HAS_DEFAULT_FACTORY else initiatives\n  self.groups=_dflt_groups() if groups is _HAS_DEFAULT_FACTORY else groups\n  self.actions=actions\n return __init__'] = __create_fn__


def __create_fn__(_type_recorded, _type_members, _type_guests, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_guests, _dflt_note, _dflt_loc, _return_type):
 def __init__(self,recorded:_type_recorded,members:_type_members=_dflt_members,guests:_type_guests=_dflt_guests,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'recorded',recorded)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'guests',guests)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_recorded, _type_members, _type_guests, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_members, _dflt_guests, _dflt_note, _dflt_loc, _return_type):\n def __init__(self,recorded:_type_recorded,members:_type_members=_dflt_members,guests:_type_guests=_dflt_guests,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'recorded',recorded)\n  __dataclass_builtins_object__.__setattr__(self,'members',members)\n  __dataclass_builtins_object__.__setattr__(self,'guests',guests)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_rule, _type_severity, _type_message, _type_location, _type_subject, _type_code, _type_basis, _type_kind, _type_params, _type_due, _type_citation, _type_stable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_code, _dflt_basis, _dflt_kind, _dflt_params, _dflt_due, _dflt_citation, _dflt_stable, _return_type):
 def __init__(self,rule:_type_rule,severity:_type_severity,message:_type_message,location:_type_location,subject:_type_subject,code:_type_code=_dflt_code,basis:_type_basis=_dflt_basis,kind:_type_kind=_dflt_kind,params:_type_params=_dflt_params,due:_type_due=_dflt_due,citation:_type_citation=_dflt_citation,stable:_type_stable=_dflt_stable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'params',params)
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'citation',citation)
  __dataclass_builtins_object__.__setattr__(self,'stable',stable)
 return __init__


TEXTS["def __create_fn__(_type_rule, _type_severity, _type_message, _type_location, _type_subject, _type_code, _type_basis, _type_kind, _type_params, _type_due, _type_citation, _type_stable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_code, _dflt_basis, _dflt_kind, _dflt_params, _dflt_due, _dflt_citation, _dflt_stable, _return_type):\n def __init__(self,rule:_type_rule,severity:_type_severity,message:_type_message,location:_type_location,subject:_type_subject,code:_type_code=_dflt_code,basis:_type_basis=_dflt_basis,kind:_type_kind=_dflt_kind,params:_type_params=_dflt_params,due:_type_due=_dflt_due,citation:_type_citation=_dflt_citation,stable:_type_stable=_dflt_stable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'basis',basis)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'params',params)\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'citation',citation)\n  __dataclass_builtins_object__.__setattr__(self,'stable',stable)\n return __init__"] = __create_fn__


def __create_fn__(_type_seat, _type_deputy, _type_code, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,seat:_type_seat,deputy:_type_deputy,code:_type_code,entry:_type_entry)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'seat',seat)
  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'entry',entry)
 return __init__


TEXTS["def __create_fn__(_type_seat, _type_deputy, _type_code, _type_entry, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,seat:_type_seat,deputy:_type_deputy,code:_type_code,entry:_type_entry)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'seat',seat)\n  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'entry',entry)\n return __init__"] = __create_fn__


def __create_fn__(_type_seat, _type_holder, _type_status, _type_attendee, _type_deputy, _type_counts, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _return_type):
 def __init__(self,seat:_type_seat,holder:_type_holder,status:_type_status,attendee:_type_attendee,deputy:_type_deputy,counts:_type_counts,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'seat',seat)
  __dataclass_builtins_object__.__setattr__(self,'holder',holder)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'attendee',attendee)
  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


TEXTS["def __create_fn__(_type_seat, _type_holder, _type_status, _type_attendee, _type_deputy, _type_counts, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _return_type):\n def __init__(self,seat:_type_seat,holder:_type_holder,status:_type_status,attendee:_type_attendee,deputy:_type_deputy,counts:_type_counts,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'seat',seat)\n  __dataclass_builtins_object__.__setattr__(self,'holder',holder)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'attendee',attendee)\n  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__


def __create_fn__(_type_seat, _type_interest, _type_item, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _return_type):
 def __init__(self,seat:_type_seat,interest:_type_interest,item:_type_item=_dflt_item)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'seat',seat)
  __dataclass_builtins_object__.__setattr__(self,'interest',interest)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
 return __init__


TEXTS["def __create_fn__(_type_seat, _type_interest, _type_item, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_item, _return_type):\n def __init__(self,seat:_type_seat,interest:_type_interest,item:_type_item=_dflt_item)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'seat',seat)\n  __dataclass_builtins_object__.__setattr__(self,'interest',interest)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n return __init__"] = __create_fn__


def __create_fn__(_type_seat, _type_status, _type_person, _type_deputy, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_deputy, _dflt_note, _dflt_loc, _return_type):
 def __init__(self,seat:_type_seat,status:_type_status,person:_type_person=_dflt_person,deputy:_type_deputy=_dflt_deputy,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'seat',seat)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'person',person)
  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_seat, _type_status, _type_person, _type_deputy, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_deputy, _dflt_note, _dflt_loc, _return_type):\n def __init__(self,seat:_type_seat,status:_type_status,person:_type_person=_dflt_person,deputy:_type_deputy=_dflt_deputy,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'seat',seat)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'person',person)\n  __dataclass_builtins_object__.__setattr__(self,'deputy',deputy)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_start, _type_end, _type_year_start, _type_index, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,year_start:_type_year_start,index:_type_index,count:_type_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'year_start',year_start)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__


TEXTS["def __create_fn__(_type_start, _type_end, _type_year_start, _type_index, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,year_start:_type_year_start,index:_type_index,count:_type_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'year_start',year_start)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__"] = __create_fn__


def __create_fn__(_type_status, _type_date, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_date, _dflt_note, _return_type):
 def __init__(self,status:_type_status,date:_type_date=_dflt_date,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


TEXTS["def __create_fn__(_type_status, _type_date, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_date, _dflt_note, _return_type):\n def __init__(self,status:_type_status,date:_type_date=_dflt_date,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__


def __create_fn__(_type_status, _type_person, _type_since, _type_until, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_since, _dflt_until, _dflt_note, _dflt_loc, _return_type):
 def __init__(self,status:_type_status,person:_type_person=_dflt_person,since:_type_since=_dflt_since,until:_type_until=_dflt_until,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'person',person)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'until',until)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_status, _type_person, _type_since, _type_until, _type_note, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_person, _dflt_since, _dflt_until, _dflt_note, _dflt_loc, _return_type):\n def __init__(self,status:_type_status,person:_type_person=_dflt_person,since:_type_since=_dflt_since,until:_type_until=_dflt_until,note:_type_note=_dflt_note,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'person',person)\n  __dataclass_builtins_object__.__setattr__(self,'since',since)\n  __dataclass_builtins_object__.__setattr__(self,'until',until)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_status, _type_seat, _type_since, _type_term_months, _type_note, _type_selection, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_seat, _dflt_since, _dflt_term_months, _dflt_note, _dflt_selection, _dflt_loc, _return_type):
 def __init__(self,status:_type_status,seat:_type_seat=_dflt_seat,since:_type_since=_dflt_since,term_months:_type_term_months=_dflt_term_months,note:_type_note=_dflt_note,selection:_type_selection=_dflt_selection,loc:_type_loc=_dflt_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'seat',seat)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'term_months',term_months)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'selection',selection)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


TEXTS["def __create_fn__(_type_status, _type_seat, _type_since, _type_term_months, _type_note, _type_selection, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_seat, _dflt_since, _dflt_term_months, _dflt_note, _dflt_selection, _dflt_loc, _return_type):\n def __init__(self,status:_type_status,seat:_type_seat=_dflt_seat,since:_type_since=_dflt_since,term_months:_type_term_months=_dflt_term_months,note:_type_note=_dflt_note,selection:_type_selection=_dflt_selection,loc:_type_loc=_dflt_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'seat',seat)\n  __dataclass_builtins_object__.__setattr__(self,'since',since)\n  __dataclass_builtins_object__.__setattr__(self,'term_months',term_months)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'selection',selection)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__"] = __create_fn__


def __create_fn__(_type_theme, _type_examples, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,theme:_type_theme,examples:_type_examples)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'theme',theme)
  __dataclass_builtins_object__.__setattr__(self,'examples',examples)
 return __init__


TEXTS["def __create_fn__(_type_theme, _type_examples, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,theme:_type_theme,examples:_type_examples)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'theme',theme)\n  __dataclass_builtins_object__.__setattr__(self,'examples',examples)\n return __init__"] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('approved','published','url','retention_reviewed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'approved\',\'published\',\'url\',\'retention_reviewed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('by_id','position','holders','held_by','chair_seats','attends','labels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'by_id\',\'position\',\'holders\',\'held_by\',\'chair_seats\',\'attends\',\'labels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('dataset','as_of','overrides','memo',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'dataset\',\'as_of\',\'overrides\',\'memo\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('date','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'date\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('document','clause','record',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'document\',\'clause\',\'record\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('due_soon_days','attendance_window','attendance_min_share','minutes_publication_days','priority_stale_days','funding_ending_days','minutes_approval','progress_dated_days',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'due_soon_days\',\'attendance_window\',\'attendance_min_share\',\'minutes_publication_days\',\'priority_stale_days\',\'funding_ending_days\',\'minutes_approval\',\'progress_dated_days\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('en','cy',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'en\',\'cy\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','as_of','title','fail_on','names','width','verbose','statistics',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'as_of\',\'title\',\'fail_on\',\'names\',\'width\',\'verbose\',\'statistics\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('funder','description','amount_gbp','amount_text','confirmed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'funder\',\'description\',\'amount_gbp\',\'amount_text\',\'confirmed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','applies_to','output','due_rule','cadence','source','basis','verified','obligation_kind','note','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'applies_to\',\'output\',\'due_rule\',\'cadence\',\'source\',\'basis\',\'verified\',\'obligation_kind\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','check_fn','doc','group','codes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'check_fn\',\'doc\',\'group\',\'codes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','date','kind','status','attendance','agenda','title','start','end','location','cancellation_reason','papers_circulated','declarations','decisions','actions','minutes','publish','source','assumed','loc','locs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'date\',\'kind\',\'status\',\'attendance\',\'agenda\',\'title\',\'start\',\'end\',\'location\',\'cancellation_reason\',\'papers_circulated\',\'declarations\',\'decisions\',\'actions\',\'minutes\',\'publish\',\'source\',\'assumed\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','measure','text','value','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'measure\',\'text\',\'value\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','meeting','text','status','owner','due','completed','item','marking','priority','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'meeting\',\'text\',\'status\',\'owner\',\'due\',\'completed\',\'item\',\'marking\',\'priority\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','article','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'article\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','findings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'findings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','kind','area','chair','vice_chair','meets_status','meets_frequency','meets_every_months','last_met','obligations','short_name','legal_basis','survey','source','loc','locs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'kind\',\'area\',\'chair\',\'vice_chair\',\'meets_status\',\'meets_frequency\',\'meets_every_months\',\'last_met\',\'obligations\',\'short_name\',\'legal_basis\',\'survey\',\'source\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','kind','reports_to','purpose','status','members','partnerships','chair','formed','priorities','meetings','note','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'kind\',\'reports_to\',\'purpose\',\'status\',\'members\',\'partnerships\',\'chair\',\'formed\',\'priorities\',\'meetings\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','short_name','purpose','reports_to','administered_by','tor_version','tor_agreed','tor_last_reviewed','tor_review_months','tor_history','chair','vice_chair','partnership_ids','seats','invitees','quorum_other_members','quorum_chair_or_vice','quorum_impacted_chairs','deputy_chair_agreement','deputy_delegated_authority','meetings_per_year','first_meeting','papers_days_before','declarations_required','minutes_retention_years','minutes_published_on','meetings_public','priorities_review_months','thresholds','severities','tor_document','aob_at_chair_discretion','extraordinary_meetings','tor_clauses','quorum_fraction','quorum_rounding','quorum_chair_counts','quorum_known','year_start','tor_file','tor_section','tor_quotes','psb_report','documents','loc','locs','raw',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'short_name\',\'purpose\',\'reports_to\',\'administered_by\',\'tor_version\',\'tor_agreed\',\'tor_last_reviewed\',\'tor_review_months\',\'tor_history\',\'chair\',\'vice_chair\',\'partnership_ids\',\'seats\',\'invitees\',\'quorum_other_members\',\'quorum_chair_or_vice\',\'quorum_impacted_chairs\',\'deputy_chair_agreement\',\'deputy_delegated_authority\',\'meetings_per_year\',\'first_meeting\',\'papers_days_before\',\'declarations_required\',\'minutes_retention_years\',\'minutes_published_on\',\'meetings_public\',\'priorities_review_months\',\'thresholds\',\'severities\',\'tor_document\',\'aob_at_chair_discretion\',\'extraordinary_meetings\',\'tor_clauses\',\'quorum_fraction\',\'quorum_rounding\',\'quorum_chair_counts\',\'quorum_known\',\'year_start\',\'tor_file\',\'tor_section\',\'tor_quotes\',\'psb_report\',\'documents\',\'loc\',\'locs\',\'raw\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','name','status','also_called','led_by','convened_by','start','end','summary','aims','places_designated','places_additional','priority','partnerships','funding','themes','outcomes','outcomes_note','highlights','challenges','recommendations','conclusion','authors','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'name\',\'status\',\'also_called\',\'led_by\',\'convened_by\',\'start\',\'end\',\'summary\',\'aims\',\'places_designated\',\'places_additional\',\'priority\',\'partnerships\',\'funding\',\'themes\',\'outcomes\',\'outcomes_note\',\'highlights\',\'challenges\',\'recommendations\',\'conclusion\',\'authors\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','number','title','agreed','status','description','agreed_at','requested_by','lead','milestones','updates','funding','source','loc','locs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'number\',\'title\',\'agreed\',\'status\',\'description\',\'agreed_at\',\'requested_by\',\'lead\',\'milestones\',\'updates\',\'funding\',\'source\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','partnership','kind','title','basis','status','requirement','due','last_completed','every_months','completed','verified','note','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'partnership\',\'kind\',\'title\',\'basis\',\'status\',\'requirement\',\'due\',\'last_completed\',\'every_months\',\'completed\',\'verified\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','priority','title','status','due','completed','at_meeting','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'priority\',\'title\',\'status\',\'due\',\'completed\',\'at_meeting\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','recipient','purpose','continuation','funder','recipients','priority','initiative','partnership','amount_gbp','amount_min_gbp','amount_max_gbp','amount_text','confirmed','financial_year','start','end','followed_by','spent_gbp','claimed_gbp','spent_as_of','note','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'recipient\',\'purpose\',\'continuation\',\'funder\',\'recipients\',\'priority\',\'initiative\',\'partnership\',\'amount_gbp\',\'amount_min_gbp\',\'amount_max_gbp\',\'amount_text\',\'confirmed\',\'financial_year\',\'start\',\'end\',\'followed_by\',\'spent_gbp\',\'claimed_gbp\',\'spent_as_of\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','role','name','organisation','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'role\',\'name\',\'organisation\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','severity','group','summary','doc','levels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'severity\',\'group\',\'summary\',\'doc\',\'levels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','severity','summary','what','example',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'what\',\'example\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','text','item','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'text\',\'item\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','lead','paper','marking','decision_sought','impacted_partnerships','summary','outcome','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'lead\',\'paper\',\'marking\',\'decision_sought\',\'impacted_partnerships\',\'summary\',\'outcome\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','organisation','chair_of','holder','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'organisation\',\'chair_of\',\'holder\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','raised','raised_by','status','summary','escalated_to_board','answer_priorities','answer_actions','answer_note','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'raised\',\'raised_by\',\'status\',\'summary\',\'escalated_to_board\',\'answer_priorities\',\'answer_actions\',\'answer_note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','to','what','status','also_to','prepared_by','priority','milestone','initiative','partnership','due','sent','note','source','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'to\',\'what\',\'status\',\'also_to\',\'prepared_by\',\'priority\',\'milestone\',\'initiative\',\'partnership\',\'due\',\'sent\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('item','verdict','present_chairs','missing_chairs','vacant_chairs','unknown_chairs','reasons','awaited_chairs','interests','meeting_reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'item\',\'verdict\',\'present_chairs\',\'missing_chairs\',\'vacant_chairs\',\'unknown_chairs\',\'reasons\',\'awaited_chairs\',\'interests\',\'meeting_reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','params',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'params\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','basis','severity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'basis\',\'severity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','part',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'part\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('meeting','mode','verdict','presiding','chair_present','vice_chair_present','others','others_required','uncertain','seats','rejected_deputies','guests','decisions','represented','chair_counted','quorum_known',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'meeting\',\'mode\',\'verdict\',\'presiding\',\'chair_present\',\'vice_chair_present\',\'others\',\'others_required\',\'uncertain\',\'seats\',\'rejected_deputies\',\'guests\',\'decisions\',\'represented\',\'chair_counted\',\'quorum_known\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','agreed_by_chair','delegated_authority','person',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'agreed_by_chair\',\'delegated_authority\',\'person\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','context','problem','message','at_context',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'context\',\'problem\',\'message\',\'at_context\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','person','organisation','purpose',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'person\',\'organisation\',\'purpose\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('partnership','quote',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'partnership\',\'quote\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('recorded','members','guests','note','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'recorded\',\'members\',\'guests\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','severity','message','location','subject','code','basis','kind','params','due','citation','stable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'message\',\'location\',\'subject\',\'code\',\'basis\',\'kind\',\'params\',\'due\',\'citation\',\'stable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('seat','deputy','code','entry',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'seat\',\'deputy\',\'code\',\'entry\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('seat','holder','status','attendee','deputy','counts','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'seat\',\'holder\',\'status\',\'attendee\',\'deputy\',\'counts\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('seat','interest','item',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'seat\',\'interest\',\'item\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('seat','status','person','deputy','note','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'seat\',\'status\',\'person\',\'deputy\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','year_start','index','count',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'year_start\',\'index\',\'count\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','date','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'date\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','person','since','until','note','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'person\',\'since\',\'until\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','seat','since','term_months','note','selection','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'seat\',\'since\',\'term_months\',\'note\',\'selection\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('theme','examples',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'theme\',\'examples\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('approved','published','url','retention_reviewed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'approved\',\'published\',\'url\',\'retention_reviewed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('by_id','position','holders','held_by','chair_seats','attends','labels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'by_id\',\'position\',\'holders\',\'held_by\',\'chair_seats\',\'attends\',\'labels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('dataset','as_of','overrides','memo',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'dataset\',\'as_of\',\'overrides\',\'memo\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('date','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'date\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('document','clause','record',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'document\',\'clause\',\'record\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('due_soon_days','attendance_window','attendance_min_share','minutes_publication_days','priority_stale_days','funding_ending_days','minutes_approval','progress_dated_days',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'due_soon_days\',\'attendance_window\',\'attendance_min_share\',\'minutes_publication_days\',\'priority_stale_days\',\'funding_ending_days\',\'minutes_approval\',\'progress_dated_days\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('en','cy',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'en\',\'cy\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','as_of','title','fail_on','names','width','verbose','statistics',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'as_of\',\'title\',\'fail_on\',\'names\',\'width\',\'verbose\',\'statistics\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('funder','description','amount_gbp','amount_text','confirmed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'funder\',\'description\',\'amount_gbp\',\'amount_text\',\'confirmed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','applies_to','output','due_rule','cadence','source','basis','verified','obligation_kind','note','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'applies_to\',\'output\',\'due_rule\',\'cadence\',\'source\',\'basis\',\'verified\',\'obligation_kind\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','check_fn','doc','group','codes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'check_fn\',\'doc\',\'group\',\'codes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','date','kind','status','attendance','agenda','title','start','end','location','cancellation_reason','papers_circulated','declarations','decisions','actions','minutes','publish','source','assumed','loc','locs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'date\',\'kind\',\'status\',\'attendance\',\'agenda\',\'title\',\'start\',\'end\',\'location\',\'cancellation_reason\',\'papers_circulated\',\'declarations\',\'decisions\',\'actions\',\'minutes\',\'publish\',\'source\',\'assumed\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','measure','text','value','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'measure\',\'text\',\'value\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','meeting','text','status','owner','due','completed','item','marking','priority','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'meeting\',\'text\',\'status\',\'owner\',\'due\',\'completed\',\'item\',\'marking\',\'priority\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','article','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'article\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','findings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'findings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','kind','area','chair','vice_chair','meets_status','meets_frequency','meets_every_months','last_met','obligations','short_name','legal_basis','survey','source','loc','locs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'kind\',\'area\',\'chair\',\'vice_chair\',\'meets_status\',\'meets_frequency\',\'meets_every_months\',\'last_met\',\'obligations\',\'short_name\',\'legal_basis\',\'survey\',\'source\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','kind','reports_to','purpose','status','members','partnerships','chair','formed','priorities','meetings','note','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'kind\',\'reports_to\',\'purpose\',\'status\',\'members\',\'partnerships\',\'chair\',\'formed\',\'priorities\',\'meetings\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','short_name','purpose','reports_to','administered_by','tor_version','tor_agreed','tor_last_reviewed','tor_review_months','tor_history','chair','vice_chair','partnership_ids','seats','invitees','quorum_other_members','quorum_chair_or_vice','quorum_impacted_chairs','deputy_chair_agreement','deputy_delegated_authority','meetings_per_year','first_meeting','papers_days_before','declarations_required','minutes_retention_years','minutes_published_on','meetings_public','priorities_review_months','thresholds','severities','tor_document','aob_at_chair_discretion','extraordinary_meetings','tor_clauses','quorum_fraction','quorum_rounding','quorum_chair_counts','quorum_known','year_start','tor_file','tor_section','tor_quotes','psb_report','documents','loc','locs','raw',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'short_name\',\'purpose\',\'reports_to\',\'administered_by\',\'tor_version\',\'tor_agreed\',\'tor_last_reviewed\',\'tor_review_months\',\'tor_history\',\'chair\',\'vice_chair\',\'partnership_ids\',\'seats\',\'invitees\',\'quorum_other_members\',\'quorum_chair_or_vice\',\'quorum_impacted_chairs\',\'deputy_chair_agreement\',\'deputy_delegated_authority\',\'meetings_per_year\',\'first_meeting\',\'papers_days_before\',\'declarations_required\',\'minutes_retention_years\',\'minutes_published_on\',\'meetings_public\',\'priorities_review_months\',\'thresholds\',\'severities\',\'tor_document\',\'aob_at_chair_discretion\',\'extraordinary_meetings\',\'tor_clauses\',\'quorum_fraction\',\'quorum_rounding\',\'quorum_chair_counts\',\'quorum_known\',\'year_start\',\'tor_file\',\'tor_section\',\'tor_quotes\',\'psb_report\',\'documents\',\'loc\',\'locs\',\'raw\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','name','status','also_called','led_by','convened_by','start','end','summary','aims','places_designated','places_additional','priority','partnerships','funding','themes','outcomes','outcomes_note','highlights','challenges','recommendations','conclusion','authors','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'name\',\'status\',\'also_called\',\'led_by\',\'convened_by\',\'start\',\'end\',\'summary\',\'aims\',\'places_designated\',\'places_additional\',\'priority\',\'partnerships\',\'funding\',\'themes\',\'outcomes\',\'outcomes_note\',\'highlights\',\'challenges\',\'recommendations\',\'conclusion\',\'authors\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','number','title','agreed','status','description','agreed_at','requested_by','lead','milestones','updates','funding','source','loc','locs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'number\',\'title\',\'agreed\',\'status\',\'description\',\'agreed_at\',\'requested_by\',\'lead\',\'milestones\',\'updates\',\'funding\',\'source\',\'loc\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','partnership','kind','title','basis','status','requirement','due','last_completed','every_months','completed','verified','note','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'partnership\',\'kind\',\'title\',\'basis\',\'status\',\'requirement\',\'due\',\'last_completed\',\'every_months\',\'completed\',\'verified\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','priority','title','status','due','completed','at_meeting','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'priority\',\'title\',\'status\',\'due\',\'completed\',\'at_meeting\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','recipient','purpose','continuation','funder','recipients','priority','initiative','partnership','amount_gbp','amount_min_gbp','amount_max_gbp','amount_text','confirmed','financial_year','start','end','followed_by','spent_gbp','claimed_gbp','spent_as_of','note','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'recipient\',\'purpose\',\'continuation\',\'funder\',\'recipients\',\'priority\',\'initiative\',\'partnership\',\'amount_gbp\',\'amount_min_gbp\',\'amount_max_gbp\',\'amount_text\',\'confirmed\',\'financial_year\',\'start\',\'end\',\'followed_by\',\'spent_gbp\',\'claimed_gbp\',\'spent_as_of\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','role','name','organisation','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'role\',\'name\',\'organisation\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','severity','group','summary','doc','levels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'severity\',\'group\',\'summary\',\'doc\',\'levels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','severity','summary','what','example',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'what\',\'example\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','text','item','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'text\',\'item\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','lead','paper','marking','decision_sought','impacted_partnerships','summary','outcome','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'lead\',\'paper\',\'marking\',\'decision_sought\',\'impacted_partnerships\',\'summary\',\'outcome\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','organisation','chair_of','holder','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'organisation\',\'chair_of\',\'holder\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','raised','raised_by','status','summary','escalated_to_board','answer_priorities','answer_actions','answer_note','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'raised\',\'raised_by\',\'status\',\'summary\',\'escalated_to_board\',\'answer_priorities\',\'answer_actions\',\'answer_note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','to','what','status','also_to','prepared_by','priority','milestone','initiative','partnership','due','sent','note','source','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'to\',\'what\',\'status\',\'also_to\',\'prepared_by\',\'priority\',\'milestone\',\'initiative\',\'partnership\',\'due\',\'sent\',\'note\',\'source\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('item','verdict','present_chairs','missing_chairs','vacant_chairs','unknown_chairs','reasons','awaited_chairs','interests','meeting_reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'item\',\'verdict\',\'present_chairs\',\'missing_chairs\',\'vacant_chairs\',\'unknown_chairs\',\'reasons\',\'awaited_chairs\',\'interests\',\'meeting_reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','params',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'params\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','basis','severity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'basis\',\'severity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','part',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'part\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('meeting','mode','verdict','presiding','chair_present','vice_chair_present','others','others_required','uncertain','seats','rejected_deputies','guests','decisions','represented','chair_counted','quorum_known',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'meeting\',\'mode\',\'verdict\',\'presiding\',\'chair_present\',\'vice_chair_present\',\'others\',\'others_required\',\'uncertain\',\'seats\',\'rejected_deputies\',\'guests\',\'decisions\',\'represented\',\'chair_counted\',\'quorum_known\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','agreed_by_chair','delegated_authority','person',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'agreed_by_chair\',\'delegated_authority\',\'person\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','context','problem','message','at_context',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'context\',\'problem\',\'message\',\'at_context\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','person','organisation','purpose',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'person\',\'organisation\',\'purpose\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('partnership','quote',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'partnership\',\'quote\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('recorded','members','guests','note','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'recorded\',\'members\',\'guests\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','severity','message','location','subject','code','basis','kind','params','due','citation','stable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'severity\',\'message\',\'location\',\'subject\',\'code\',\'basis\',\'kind\',\'params\',\'due\',\'citation\',\'stable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('seat','deputy','code','entry',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'seat\',\'deputy\',\'code\',\'entry\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('seat','holder','status','attendee','deputy','counts','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'seat\',\'holder\',\'status\',\'attendee\',\'deputy\',\'counts\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('seat','interest','item',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'seat\',\'interest\',\'item\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('seat','status','person','deputy','note','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'seat\',\'status\',\'person\',\'deputy\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','year_start','index','count',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'year_start\',\'index\',\'count\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','date','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'date\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','person','since','until','note','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'person\',\'since\',\'until\',\'note\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','seat','since','term_months','note','selection','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'seat\',\'since\',\'term_months\',\'note\',\'selection\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('theme','examples',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'theme\',\'examples\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__
