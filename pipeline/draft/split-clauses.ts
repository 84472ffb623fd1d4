/** A stretch of a sentence: [start, end) in its text. */
export interface Stretch {
  start: number;
  end: number;
}

/** What starts a new clause: a semicolon, a contrast. */
const CLAUSE_JOINT = /;\s|,?\s(?:while|whereas|but|although)\s/g;
/** What starts a new statement: a new clause, or one joined by ", and", a relative or causal clause, a parenthesis. */
const STATEMENT_JOINT = new RegExp(`${CLAUSE_JOINT.source}|,\\s(?:and|which|who|where)\\s|\\s(?:because|compared (?:to|with))\\s|[()]`, 'g');

/** The stretch of a text around a place between the joints before and after it. */
function stretchAround(text: string, at: number, joints: RegExp): Stretch {
  let start = 0;
  let end = text.length;
  for (const joint of text.matchAll(joints)) {
    if (joint.index + joint[0].length <= at) start = joint.index + joint[0].length;
    else if (joint.index >= at) {
      end = joint.index;
      break;
    }
  }
  return { start, end };
}

/** The clause of a sentence around a place in it: between the joints that start a new statement ("; ", " while ", " whereas ", " but ", " although "). */
export function clauseAround(text: string, at: number): Stretch {
  return stretchAround(text, at, CLAUSE_JOINT);
}

/**
 * The statement of a sentence a place belongs to: narrower than a clause, it
 * also ends where a clause is joined by ", and", ", which" or "because", and at
 * a parenthesis ("… came from Mexico (Canada was the first, and China the third,
 * with 10.7%)").
 */
export function statementAround(text: string, at: number): Stretch {
  return stretchAround(text, at, STATEMENT_JOINT);
}
