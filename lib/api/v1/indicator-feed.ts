// POST /communes/{communeId}/indicators/{indicator}/values: a source system (the province's
// administrative-procedure system, …) posts a KPI figure. It goes through the portal's own value path
// (value-rules.ts checkValue, value-write.ts periodProblem and appendValue), so it is checked, worded,
// stored and audited as a value typed in the form, with its source kept on the row.
//
// Idempotency: a transaction-level advisory lock on (indicator, period) serialises posts for the same
// period; under it, the figure in force (the period's latest revision) decides:
// - the same value, numerator and denominator → nothing stored, 200 `{ stored: false }` (whatever the
//   source: a figure does not become a new revision because another system repeats it);
// - a different figure → a correction revision with the reason "cập nhật từ hệ thống nguồn" (201);
// - no value yet → revision 1 (201).
import { z } from "zod";
import { canEnterIndicatorValue } from "../../auth/permissions";
import { writeAudit } from "../../audit/write";
import { localDateKey } from "../../dates";
import { AppError } from "../../errors";
import { feedValueSchema } from "../../indicators/schemas";
import { checkValue } from "../../indicators/value-rules";
import { appendValue, currentRevision, periodProblem, type ValueWriter } from "../../indicators/value-write";
import { periodFromKey } from "../../indicators/periods";
import { routes } from "../../routes";
import { ApiError, defineEndpoint } from "../endpoint";
import { indicatorPathParams, indicatorValueSchema, toValueItem } from "./indicators";
import { resolveIndicator } from "./indicator-ref";

/** The reason every correction made by a feed carries (the wording). */
export const FEED_CORRECTION_REASON = "cập nhật từ hệ thống nguồn";

export const feedResultSchema = z
  .object({
    stored: z.boolean().meta({ description: "false: kỳ này đã có đúng số liệu này, không lưu thêm." }),
    correction: z.boolean().meta({ description: "true: số liệu khác với số đang có, lưu thành bản điều chỉnh." }),
    value: indicatorValueSchema.meta({ description: "Số liệu đang có hiệu lực của kỳ sau yêu cầu." }),
  })
  .meta({ id: "FeedResult" });

const sameFigure = (a: { value: number; numerator: number | null; denominator: number | null }, b: typeof a) =>
  a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;

export const postIndicatorValue = defineEndpoint({
  id: "postIndicatorValue",
  method: "POST",
  path: "/communes/{communeId}/indicators/{indicator}/values",
  summary: "Gửi số liệu chỉ tiêu từ hệ thống nguồn",
  description:
    "Cần khóa quyền indicators:write của người được nhập số liệu chỉ tiêu này. Kiểm tra như biểu mẫu nhập số liệu của cổng. Gửi lại cùng số liệu: 200, không lưu thêm; số liệu khác cho kỳ đã có: lưu bản điều chỉnh với lý do “cập nhật từ hệ thống nguồn” (201).",
  tag: "Chỉ tiêu",
  scope: "INDICATORS_WRITE",
  params: indicatorPathParams,
  body: feedValueSchema,
  response: feedResultSchema,
  responseStatus: 201,
  revalidate: (params) => [routes.commune(params.communeId).dashboard()],
  handler: async ({ db, caller, commune, params, body, now }) => {
    const owner = caller.viewer;
    const found = await resolveIndicator(db, commune!.communeId, params.indicator);
    if (found.provinceWithdrawnAt) throw new ApiError("conflict", "Tỉnh đã thôi giao chỉ tiêu này: không nhận số liệu mới cho chỉ tiêu.");
    const scope = { communeId: commune!.communeId, provinceId: commune!.provinceId, responsibleUnitId: found.responsibleUnitId };
    if (!canEnterIndicatorValue(owner, scope))
      throw new ApiError(
        "forbidden",
        "Chủ khóa kết nối không được nhập số liệu chỉ tiêu này: chỉ cán bộ đơn vị chịu trách nhiệm, Phòng Văn hóa - Xã hội hoặc quản trị được nhập.",
      );

    const period = periodFromKey(body.period, found.frequency);
    const bad = periodProblem(period, localDateKey(now));
    if (bad || !period) throw new ApiError("unprocessable-content", `${bad}.`, [{ path: "body.period", message: bad ?? "" }]);
    const checked = checkValue(found, body);
    if (!checked.ok) {
      const errors = Object.entries(checked.errors).map(([field, message]) => ({ path: `body.${field}`, message }));
      throw new ApiError("unprocessable-content", errors.map((e) => `${e.message}.`).join(" "), errors);
    }

    const result = await db
      .$transaction(
        async (tx) => {
          // Posts for the same (indicator, period) wait for each other; other periods do not.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${found.id}), hashtext(${period.key}))`;
          const current = await currentRevision(tx, found.id, period.key);
          if (current && sameFigure(current, checked)) return { stored: false, correction: false };
          const writer: ValueWriter = {
            tx,
            user: owner,
            audit: (action, entity, data) =>
              writeAudit(tx, { communeId: found.communeId, actorId: owner.id, action, entityType: entity.type, entityId: entity.id, data }),
          };
          await appendValue(writer, {
            indicator: found,
            period,
            checked,
            baseRevision: current?.revision ?? 0,
            current,
            sourceNote: body.note,
            correctionReason: current ? FEED_CORRECTION_REASON : "",
            auditData: { feedSource: body.source, externalId: body.externalId, tokenName: caller.token.name },
            feed: { source: body.source, externalId: body.externalId, apiTokenId: caller.token.id },
          });
          return { stored: true, correction: current !== null };
        },
        { maxWait: 10_000, timeout: 20_000 },
      )
      .catch((err: unknown) => {
        if (err instanceof AppError) throw new ApiError(err.code === "CONFLICT" ? "conflict" : "unprocessable-content", err.message);
        throw err;
      });
    const inForce = await db.indicatorValue.findFirstOrThrow({
      where: { indicatorId: found.id, periodKey: period.key },
      orderBy: { revision: "desc" },
      include: { enteredBy: { select: { fullName: true } } },
    });
    return { body: { ...result, value: toValueItem(inForce, found.frequency) }, status: result.stored ? 201 : 200 };
  },
});
