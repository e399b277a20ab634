package tui

import (
	"charm.land/bubbles/v2/key"
)

// KeyMap holds the wizard's own keys; huh handles the keys inside a form.
// The help text is set per language by keyMap.
type KeyMap struct {
	Next    key.Binding
	Back    key.Binding
	Quit    key.Binding
	Newline key.Binding
	Editor  key.Binding
	// LinesNew and LinesNext say what enter does in a list typed one
	// item per line (see Model.linesEnter): a new line, and from an
	// empty one the next field.
	LinesNew, LinesNext key.Binding

	// Review page.
	Switch key.Binding
	Jump   key.Binding
	Finish key.Binding
	Lang   key.Binding
	// Formats steps through the formats the document is written in.
	Formats key.Binding
}

// keyMap is the wizard's keys in language lang: the editor key only with
// opts.Editor, the formats key unless the document has one format only.
func keyMap(lang string, opts Options) KeyMap {
	b := func(keys []string, helpKey string, help t) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, help.In(lang)))
	}
	k := KeyMap{
		Next:      b([]string{"enter"}, "enter", text.KeyNext),
		Back:      b([]string{"esc", "shift+tab"}, "esc", text.KeyBack),
		Quit:      b([]string{"ctrl+c"}, "ctrl+c", text.KeyQuit),
		Newline:   b([]string{"ctrl+j"}, "ctrl+j", text.KeyNewline),
		Editor:    b([]string{"ctrl+e"}, "ctrl+e", text.KeyEditor),
		LinesNew:  b([]string{"enter"}, "enter", text.KeyNewline),
		LinesNext: b([]string{"enter"}, text.KeyEmptyLine.In(lang), text.KeyNext),
		Switch:    b([]string{"tab"}, "tab", text.KeySwitch),
		Jump:      b([]string{"enter"}, "enter", text.KeyJump),
		Finish:    b([]string{"ctrl+s"}, "ctrl+s", text.KeyFinish),
		Lang:      b([]string{"ctrl+l"}, "ctrl+l", text.KeyLang),
		Formats:   b([]string{"f"}, "f", text.KeyFormats),
	}
	k.Editor.SetEnabled(opts.Editor)
	k.Formats.SetEnabled(!opts.OneFormat)
	return k
}

// formHelp is the help line under a form page whose focused field is of
// kind of, the keys everyone needs first: a narrow terminal cuts the line
// from the end. In a list typed line by line enter makes the new line,
// so ctrl+j is not shown there.
func (k KeyMap) formHelp(of kind) []key.Binding {
	switch of {
	case kindLines:
		return []key.Binding{k.LinesNew, k.LinesNext, k.Back, k.Quit, k.Editor}
	case kindText:
		return []key.Binding{k.Next, k.Back, k.Quit, k.Newline, k.Editor}
	}
	return []key.Binding{k.Next, k.Back, k.Quit}
}

// reviewHelp is the help line on the review page.
func (k KeyMap) reviewHelp() []key.Binding {
	return []key.Binding{k.Finish, k.Back, k.Quit, k.Formats, k.Lang, k.Jump, k.Switch}
}
