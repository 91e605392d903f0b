// The CodeMirror 6 editor of the Cypher console: Cypher highlighting (legacy stream mode),
// history/undo, completion of the schema's labels and relation types, Ctrl/Cmd+Enter to run.

import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import { ENTITY_TYPES, NODE_LABELS, RELATION_TYPES } from "../../../graph-schema/index.js";

const KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "UNWIND",
  "ORDER BY",
  "LIMIT",
  "SKIP",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "NOT",
  "CONTAINS",
  "STARTS WITH",
  "count",
  "collect",
  "label",
];

function schemaCompletions(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[:\w]+/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const afterColon = word.text.startsWith(":");
  const options = afterColon
    ? [
        ...NODE_LABELS.map((l) => ({
          label: `:${l}`,
          type: "class",
          detail: ENTITY_TYPES.includes(l as never) ? "entity" : "node",
        })),
        ...RELATION_TYPES.map((t) => ({ label: `:${t}`, type: "type", detail: "relation" })),
      ]
    : KEYWORDS.map((k) => ({ label: k, type: "keyword" }));
  return { from: word.from, options, validFor: /^[:\w]*$/ };
}

export interface CypherEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
}

export function createCypherEditor(
  host: HTMLElement,
  initial: string,
  onRun: () => void,
  onChange: (text: string) => void,
): CypherEditor {
  const runKey = { key: "Mod-Enter", preventDefault: true, run: () => (onRun(), true) };
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: initial,
      extensions: [
        history(),
        keymap.of([runKey, ...defaultKeymap, ...historyKeymap]),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [schemaCompletions], activateOnTyping: false }),
        placeholder("MATCH (a)-[r:OFFERED_MEDIATION]->(b) RETURN a, r, b"),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": "Cypher query (Ctrl+Enter runs it)" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
  };
}
