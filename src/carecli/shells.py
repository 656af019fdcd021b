"""Snippets that show the card once per shift day when a terminal opens, and define
`care` as a short name for `carecli` that passes its arguments on (so `care win ...`,
`care lift` work in every one of them)."""

from __future__ import annotations

from carecli.core.errors import CareError

_SNIPPETS = {
    "bash": """\
# carecli: the shift-start card, once per shift day, in new terminals
if [[ $- == *i* ]] && command -v carecli >/dev/null 2>&1; then
  carecli today --once
fi
# care lift: after a hard contact, a reframe and one of your own wins
alias care='carecli'""",
    "zsh": """\
# carecli: the shift-start card, once per shift day, in new terminals
if [[ -o interactive ]] && (( $+commands[carecli] )); then
  carecli today --once
fi
# care lift: after a hard contact, a reframe and one of your own wins
alias care='carecli'""",
    "fish": """\
# carecli: the shift-start card, once per shift day, in new terminals
if status is-interactive; and command -q carecli
    carecli today --once
end
# care lift: after a hard contact, a reframe and one of your own wins
alias care carecli""",
    "powershell": """\
# carecli: the shift-start card, once per shift day, in new terminals
if (Get-Command carecli -ErrorAction SilentlyContinue) {
    carecli today --once
}
# care lift: after a hard contact, a reframe and one of your own wins
Set-Alias -Name care -Value carecli""",
}


def snippet(shell: str) -> str:
    key = shell.strip().lower().removesuffix(".exe")
    key = {"pwsh": "powershell", "ps": "powershell"}.get(key, key)
    if key not in _SNIPPETS:
        raise CareError(f"unknown shell {shell!r}; use one of {', '.join(_SNIPPETS)}")
    return _SNIPPETS[key]
