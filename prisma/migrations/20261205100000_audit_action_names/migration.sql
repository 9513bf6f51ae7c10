-- Audit actions take one name style, `<feature>.<verb>` (lib/audit/labels.ts): the rows written
-- under the older names are renamed so that the audit page keeps labelling (and filtering) history.
-- The log is append-only (trigger audit_log_append_only, migration task_progress): the trigger is
-- switched off for this one statement, inside the migration's transaction, and on again after it.
ALTER TABLE "AuditLog" DISABLE TRIGGER audit_log_append_only;

UPDATE "AuditLog" AS a
SET action = r.new_name
FROM (VALUES
  ('unit.create', 'units.create'),
  ('unit.update', 'units.update'),
  ('user.create', 'users.create'),
  ('user.update', 'users.update'),
  ('user.resetPassword', 'users.resetPassword'),
  ('task.progress', 'tasks.submitUpdate'),
  ('task.contribution', 'tasks.submitContribution'),
  ('task.directive', 'tasks.giveDirective'),
  ('task.edit', 'tasks.edit'),
  ('directive.acknowledge', 'tasks.acknowledgeDirective'),
  ('update.return', 'tasks.returnUpdate'),
  ('import.upload', 'imports.upload'),
  ('import.apply', 'imports.apply'),
  ('import.discard', 'imports.discard'),
  ('indicator.create', 'indicators.create'),
  ('indicator.edit', 'indicators.edit'),
  ('indicator.delete', 'indicators.delete'),
  ('indicator.value', 'indicators.enterValue'),
  ('indicator.value.correct', 'indicators.correctValue'),
  ('indicator.evidence', 'indicators.attachEvidence'),
  ('plan.reportWeekStart', 'plans.setReportWeekStart'),
  ('plan.edit', 'plans.edit'),
  ('plan.archive', 'plans.archive'),
  ('plan.restore', 'plans.restore'),
  ('report.create', 'reports.create'),
  ('report.save', 'reports.save'),
  ('report.submit', 'reports.submit'),
  ('report.finalize', 'reports.finalize'),
  ('report.delete', 'reports.delete'),
  ('report.confirm', 'reports.confirmReported'),
  ('report.remind', 'reports.remind')
) AS r(old_name, new_name)
WHERE a.action = r.old_name;

ALTER TABLE "AuditLog" ENABLE TRIGGER audit_log_append_only;
