import { KEY_ENABLING_TECHNOLOGIES, NACE_CODE_PATTERN } from './crosswalks';
import {
  EXTERNAL_SCHEMES,
  FACET_CODE_PREFIX,
  FACETS,
  LANGUAGES,
  MATCH_KINDS,
  TERM_STATUSES,
  type CrosswalkDefinition,
  type TermDefinition,
} from './types';

export const SCHEME_PROBLEM_KINDS = [
  'DUPLICATE_CODE',
  'BAD_CODE_FORMAT',
  'BAD_FACET',
  'BAD_STATUS',
  'MISSING_PARENT',
  'FACET_MISMATCH',
  'CYCLE',
  'STAGE_NOT_FLAT',
  'BAD_POSITION',
  'MISSING_LABEL',
  'MISSING_DESCRIPTION',
  'DUPLICATE_SIBLING_LABEL',
  'BAD_REPLACEMENT',
  'DEPRECATED_PARENT',
  'UNKNOWN_CROSSWALK_TERM',
  'BAD_CROSSWALK',
  'DUPLICATE_CROSSWALK',
] as const;
export type SchemeProblemKind = (typeof SCHEME_PROBLEM_KINDS)[number];

export interface SchemeProblem {
  /** The term code concerned (for a crosswalk problem, the crosswalk's term). */
  code: string;
  problem: SchemeProblemKind;
  detail: string;
}

/** Stable, lowercase, facet-prefixed codes made of hyphen-separated words: `tech.fibre-lasers`. */
export const TERM_CODE_PATTERN = /^(tech|app|stage)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/**
 * Checks a set of terms and crosswalks for structural and editorial problems. Pure and linear in
 * the number of terms and crosswalks; returns [] when the scheme is sound.
 */
export function validateScheme(terms: readonly TermDefinition[], crosswalks: readonly CrosswalkDefinition[]): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const report = (code: string, problem: SchemeProblemKind, detail: string): void => {
    problems.push({ code, problem, detail });
  };

  // Codes: format, facet prefix, uniqueness. The first definition of a code is the one used below.
  const byCode = new Map<string, TermDefinition>();
  for (const term of terms) {
    if (!(FACETS as readonly string[]).includes(term.facet)) {
      report(term.code, 'BAD_FACET', `Unknown facet "${String(term.facet)}".`);
    }
    if (!(TERM_STATUSES as readonly string[]).includes(term.status)) {
      report(term.code, 'BAD_STATUS', `Unknown status "${String(term.status)}".`);
    }
    const match = TERM_CODE_PATTERN.exec(term.code);
    if (match === null) {
      report(term.code, 'BAD_CODE_FORMAT', 'Codes are a facet prefix and lowercase hyphenated words, e.g. "tech.fibre-lasers".');
    } else if (FACET_CODE_PREFIX[term.facet] !== undefined && match[1] !== FACET_CODE_PREFIX[term.facet]) {
      report(term.code, 'BAD_CODE_FORMAT', `A ${term.facet} term's code must start with "${FACET_CODE_PREFIX[term.facet]}.".`);
    }
    if (byCode.has(term.code)) {
      report(term.code, 'DUPLICATE_CODE', 'The code is defined more than once.');
    } else {
      byCode.set(term.code, term);
    }
  }

  // Per-term checks that look at one term and its direct neighbours.
  const siblingPositions = new Map<string, Map<number, string>>();
  const siblingLabels = new Map<string, string>();
  for (const term of byCode.values()) {
    for (const language of LANGUAGES) {
      if (isBlank(term.labels?.[language])) {
        report(term.code, 'MISSING_LABEL', `No ${language} label.`);
      }
      if (isBlank(term.descriptions?.[language])) {
        report(term.code, 'MISSING_DESCRIPTION', `No ${language} description.`);
      }
    }

    if (term.parent !== null) {
      const parent = byCode.get(term.parent);
      if (parent === undefined) {
        report(term.code, 'MISSING_PARENT', `Parent "${term.parent}" does not exist.`);
      } else {
        if (parent.facet !== term.facet) {
          report(term.code, 'FACET_MISMATCH', `Parent "${parent.code}" is in facet ${parent.facet}, not ${term.facet}.`);
        }
        if (parent.status === 'DEPRECATED' && term.status !== 'DEPRECATED') {
          report(term.code, 'DEPRECATED_PARENT', `Parent "${parent.code}" is deprecated; move the term under its replacement.`);
        }
      }
    }
    if (term.facet === 'STAGE' && term.parent !== null) {
      report(term.code, 'STAGE_NOT_FLAT', 'Value-chain stages form a flat list and have no parent.');
    }

    const siblingKey = `${term.facet}|${term.parent ?? ''}`;
    if (!Number.isInteger(term.position) || term.position < 1) {
      report(term.code, 'BAD_POSITION', `Position ${term.position} is not a positive integer.`);
    } else {
      const taken = siblingPositions.get(siblingKey) ?? new Map<number, string>();
      const holder = taken.get(term.position);
      if (holder !== undefined) {
        report(term.code, 'BAD_POSITION', `Position ${term.position} is already taken by sibling "${holder}".`);
      } else {
        taken.set(term.position, term.code);
      }
      siblingPositions.set(siblingKey, taken);
    }

    if (term.status !== 'DEPRECATED') {
      for (const language of LANGUAGES) {
        const label = term.labels?.[language];
        if (isBlank(label)) continue;
        const labelKey = `${siblingKey}|${language}|${String(label).trim().toLowerCase()}`;
        const holder = siblingLabels.get(labelKey);
        if (holder !== undefined) {
          report(term.code, 'DUPLICATE_SIBLING_LABEL', `The ${language} label "${String(label)}" is also used by sibling "${holder}".`);
        } else {
          siblingLabels.set(labelKey, term.code);
        }
      }
    }

    if (term.status === 'DEPRECATED') {
      if (term.replacedBy === undefined) {
        report(term.code, 'BAD_REPLACEMENT', 'A deprecated term must name the term that replaces it.');
      } else {
        const replacement = byCode.get(term.replacedBy);
        if (replacement === undefined) {
          report(term.code, 'BAD_REPLACEMENT', `Replacement "${term.replacedBy}" does not exist.`);
        } else if (replacement.status !== 'APPROVED') {
          report(term.code, 'BAD_REPLACEMENT', `Replacement "${term.replacedBy}" is ${replacement.status}, not APPROVED.`);
        } else if (replacement.facet !== term.facet) {
          report(term.code, 'BAD_REPLACEMENT', `Replacement "${term.replacedBy}" is in facet ${replacement.facet}.`);
        }
      }
    } else if (term.replacedBy !== undefined) {
      report(term.code, 'BAD_REPLACEMENT', `Only deprecated terms have a replacement; this term is ${term.status}.`);
    }
  }

  // Stages: positions 1..n without gaps give the value-chain order.
  const stagePositions = siblingPositions.get('STAGE|');
  if (stagePositions !== undefined) {
    for (let position = 1; position <= stagePositions.size; position += 1) {
      if (!stagePositions.has(position)) {
        const code = [...stagePositions.values()][0] ?? 'stage';
        report(code, 'BAD_POSITION', `Stage positions must run 1..${stagePositions.size} without gaps; ${position} is missing.`);
        break;
      }
    }
  }

  // Cycles: walk each parent chain once (0 = unvisited, 1 = on the current walk, 2 = done).
  const state = new Map<string, 1 | 2>();
  for (const start of byCode.values()) {
    if (state.has(start.code)) continue;
    const walk: string[] = [];
    let current: TermDefinition | undefined = start;
    while (current !== undefined && !state.has(current.code)) {
      state.set(current.code, 1);
      walk.push(current.code);
      current = current.parent === null ? undefined : byCode.get(current.parent);
    }
    if (current !== undefined && state.get(current.code) === 1) {
      const cycle = walk.slice(walk.indexOf(current.code));
      const path = [...cycle, current.code].join(' → ');
      for (const code of cycle) report(code, 'CYCLE', `The parent chain loops: ${path}.`);
    }
    for (const code of walk) state.set(code, 2);
  }

  // Crosswalks.
  const seenCrosswalks = new Set<string>();
  for (const crosswalk of crosswalks) {
    if (!byCode.has(crosswalk.term)) {
      report(crosswalk.term, 'UNKNOWN_CROSSWALK_TERM', `Crosswalk to ${crosswalk.scheme} ${crosswalk.externalCode} names an unknown term.`);
    }
    if (!(EXTERNAL_SCHEMES as readonly string[]).includes(crosswalk.scheme)) {
      report(crosswalk.term, 'BAD_CROSSWALK', `Unknown external scheme "${String(crosswalk.scheme)}".`);
    } else if (crosswalk.scheme === 'NACE_REV2' && !NACE_CODE_PATTERN.test(crosswalk.externalCode)) {
      report(crosswalk.term, 'BAD_CROSSWALK', `"${crosswalk.externalCode}" is not a NACE Rev. 2 code.`);
    } else if (crosswalk.scheme === 'KET' && KEY_ENABLING_TECHNOLOGIES[crosswalk.externalCode] === undefined) {
      report(crosswalk.term, 'BAD_CROSSWALK', `"${crosswalk.externalCode}" is not a Key Enabling Technology code.`);
    }
    if (!(MATCH_KINDS as readonly string[]).includes(crosswalk.match)) {
      report(crosswalk.term, 'BAD_CROSSWALK', `Unknown match kind "${String(crosswalk.match)}".`);
    }
    if (isBlank(crosswalk.externalLabel)) {
      report(crosswalk.term, 'BAD_CROSSWALK', `Crosswalk to ${crosswalk.externalCode} has no external label.`);
    }
    const key = `${crosswalk.term}|${crosswalk.scheme}|${crosswalk.externalCode}`;
    if (seenCrosswalks.has(key)) {
      report(crosswalk.term, 'DUPLICATE_CROSSWALK', `More than one crosswalk to ${crosswalk.scheme} ${crosswalk.externalCode}.`);
    }
    seenCrosswalks.add(key);
  }

  return problems;
}
