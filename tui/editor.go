package tui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// ctrl+e opens the focused long answer in an editor: $VISUAL, $EDITOR,
// then nano or vi, the first that is installed. The text the editor saves
// goes to the field that opened it and only there (huh's own ctrl+e sends
// it to every text field of the page). With no editor, the wizard says so
// in one line and the page stays as it was.

// editorCommand returns the command line of the editor to use, or nil
// when none is installed. getenv and look are os.Getenv and exec.LookPath.
func editorCommand(getenv func(string) string, look func(string) (string, error)) []string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(v)); len(f) > 0 {
			if _, err := look(f[0]); err == nil {
				return f
			}
		}
	}
	for _, e := range []string{"nano", "vi"} {
		if p, err := look(e); err == nil {
			return []string{p}
		}
	}
	return nil
}

// editedMsg is what the editor left in its file, for the field with key.
type editedMsg struct {
	key    string
	set    func(string) // the field's setter, bound to the plan
	text   string
	editor string
	err    error
}

// errNoEditor is an editor command that cannot be run.
var errNoEditor = errors.New("no editor")

// runEditor opens value in the editor argv names and sends the saved text
// as an editedMsg for the field of s. It is the default of Model.editor;
// tests put a fake editor in its place.
func runEditor(argv []string, s *spec, value string) tea.Cmd {
	key, set := s.key, s.set
	return func() tea.Msg {
		if len(argv) == 0 {
			return editedMsg{key: key, set: set, err: errNoEditor}
		}
		f, err := os.CreateTemp("", "socialstrategy-*.md")
		if err == nil {
			_, err = f.WriteString(value)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			return editedMsg{key: key, set: set, editor: argv[0], err: err}
		}
		name := f.Name()
		cmd := exec.Command(argv[0], append(argv[1:len(argv):len(argv)], name)...)
		return tea.ExecProcess(cmd, func(err error) tea.Msg {
			defer os.Remove(name)
			if err != nil {
				return editedMsg{key: key, set: set, editor: argv[0], err: err}
			}
			data, err := os.ReadFile(name)
			return editedMsg{key: key, set: set, editor: argv[0], text: string(data), err: err}
		})()
	}
}

// edit opens the focused field in the editor, or says why it cannot.
func (m *Model) edit() tea.Cmd {
	s := m.focusedSpec()
	if s == nil || !s.kind.multiline() {
		return nil
	}
	if m.editor != nil {
		return m.editor(s, s.raw)
	}
	argv := editorCommand(os.Getenv, exec.LookPath)
	if argv == nil {
		m.notice = m.a.tr(text.NoEditor)
		return nil
	}
	return runEditor(argv, s, s.raw)
}

// edited puts the editor's text into the field that opened it.
func (m *Model) edited(msg editedMsg) tea.Cmd {
	m.frame = tea.View{} // the terminal was the editor's: draw it all again
	switch {
	case errors.Is(msg.err, errNoEditor):
		m.notice = m.a.tr(text.NoEditor)
		return nil
	case msg.err != nil:
		m.notice = fmt.Sprintf(m.a.tr(text.EditorFailed), msg.editor, msg.err)
		return nil
	}
	v := strings.TrimRight(strings.ReplaceAll(msg.text, "\r\n", "\n"), "\n") // editors end a file with a new line
	msg.set(v)
	m.touched = true
	if s := m.a.spec(msg.key); s != nil {
		s.raw = v
		if n := chars(v); s.limit > 0 && n > s.limit {
			m.notice = fmt.Sprintf(m.a.tr(text.EditorCut), s.limit, n-s.limit)
		}
		notice := m.notice
		cmd := m.reopenAt(msg.key)
		m.notice = notice
		return cmd
	}
	return nil
}
