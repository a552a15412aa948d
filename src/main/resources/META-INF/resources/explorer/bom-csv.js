// A checked bill of materials as CSV: the columns of POST /api/bom/check's text/csv answer.

export const BOM_CSV_HEADER = [
  'ref', 'name', 'huggingFaceId', 'resolution', 'how', 'model', 'baseModel',
  'licenses', 'flags', 'use', 'verdict', 'conditions', 'explanation', 'sources',
];

/** One line per model and use; an unresolved model gets one; data sets are not judged. */
export function bomCsvLines(check) {
  const lines = [BOM_CSV_HEADER];
  for (const c of check.components) {
    if (c.type !== 'MODEL') continue;
    const r = c.resolution;
    const common = [
      c.ref,
      c.name,
      c.huggingFaceId,
      r ? r.path : c.type,
      r ? r.how : '',
      r && r.model ? r.model.slug : '',
      r && r.baseModel ? r.baseModel.slug : '',
      r ? r.licenses.map((l) => l.identifier).join(' ') : '',
      c.flags.map((f) => f.code).join(' '),
    ];
    if (!c.verdicts.length) lines.push([...common, '', '', '', '', '']);
    for (const v of c.verdicts) {
      const sources = new Set(v.rules.flatMap((rule) => rule.sources.map((s) => s.source.url)));
      lines.push([...common, v.use, v.verdict, v.conditions.join('; '), v.explanation, [...sources].join(' ')]);
    }
  }
  return lines;
}
