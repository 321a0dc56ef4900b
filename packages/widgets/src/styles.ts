/**
 * Shared shadow-DOM styles. `all: initial` on the host and explicit typography on the inner `.lb`
 * box stop the host page's inherited styles (even a `* { color: red !important }`, which reaches
 * the host element) at the boundary; integrators theme through the --lb-* custom properties,
 * which do cross it. Both palettes meet WCAG AA contrast for text.
 */
export const baseStyles = `
:host{all:initial;display:block;max-width:100%;min-width:0;
--_bg:var(--lb-bg,#fff);--_fg:var(--lb-fg,#1b1f24);--_muted:var(--lb-muted,#4f5863);--_accent:var(--lb-accent,#0a58b5);
--_line:var(--lb-border,#c9d0d8);--_soft:var(--lb-soft,#eef2f6);--_warn:var(--lb-warn,#8a3b00)}
.lb{display:block;box-sizing:border-box;text-align:start;letter-spacing:normal;text-transform:none;
font:var(--lb-font-size,15px)/1.45 var(--lb-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
color:var(--_fg);background:var(--_bg);border:1px solid var(--_line);border-radius:var(--lb-radius,10px);padding:12px}
:host([theme=dark]){--_bg:var(--lb-bg,#15191e);--_fg:var(--lb-fg,#eef1f4);--_muted:var(--lb-muted,#b4bcc6);--_accent:var(--lb-accent,#8ec5ff);
--_line:var(--lb-border,#3a434d);--_soft:var(--lb-soft,#232a32);--_warn:var(--lb-warn,#ffc18a)}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:inherit}
h2{font-size:1.1em;margin:0 0 8px}
p{margin:0 0 8px}
a{color:var(--_accent)}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
ul{list-style:none;margin:0;padding:0}
li{padding:6px 0;border-top:1px solid var(--_line);overflow-wrap:break-word;hyphens:auto}
li:first-child{border-top:0}
input,button{font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_muted);border-radius:6px;padding:6px 10px;min-height:36px}
input{width:100%}
button{cursor:pointer}
button:disabled{cursor:default;opacity:.55}
label{display:block;font-weight:600;margin-bottom:4px}
.muted,small{color:var(--_muted)}
.status{padding:8px;border-radius:6px;background:var(--_soft)}
.status.error{color:var(--_warn);border-left:4px solid var(--_warn)}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:space-between;margin-top:8px}
.name{font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
