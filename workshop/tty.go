package workshop

import (
	"bytes"
	"io"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// sizeGuard asks for a larger window when the terminal is smaller than
// MinWidth×MinHeight, instead of drawing a wizard that does not fit, and
// keeps keys from reaching a page the participant cannot see; ctrl+c
// still does.
type sizeGuard struct {
	tea.Model
	lang string
	w, h int
}

func (g *sizeGuard) small() bool { return g.w < MinWidth || g.h < MinHeight }

func (g *sizeGuard) Update(m tea.Msg) (tea.Model, tea.Cmd) {
	switch m := m.(type) {
	case tea.WindowSizeMsg:
		g.w, g.h = m.Width, m.Height
	case tea.KeyPressMsg:
		if g.small() && m.String() != "ctrl+c" {
			return g, nil
		}
	case tea.PasteMsg:
		if g.small() {
			return g, nil
		}
	}
	inner, cmd := g.Model.Update(m)
	g.Model = inner
	return g, cmd
}

func (g *sizeGuard) View() tea.View {
	v := g.Model.View()
	if g.small() {
		v.SetContent(ansi.Wrap(say(msg.TooSmall, g.lang, MinWidth, MinHeight, g.w, g.h), max(g.w, 10), ""))
	}
	return v
}

// lineDiscipline does for the plain interview over a PTY what a terminal's
// cooked mode does, since the server has no real PTY: it echoes what is
// typed, erases with backspace, ends a line at enter and hands it on
// whole, and ends the input at ctrl+c or at ctrl+d on an empty line.
// Escape sequences (arrow keys) are dropped.
type lineDiscipline struct {
	in   io.Reader
	echo io.Writer
	line []byte
	out  []byte // a finished line not yet read
	esc  int    // 0: text, 1: after ESC, 2: in a CSI sequence
	eof  bool
	buf  [256]byte
}

func newLineDiscipline(in io.Reader, echo io.Writer) *lineDiscipline {
	return &lineDiscipline{in: in, echo: echo}
}

func (l *lineDiscipline) Read(p []byte) (int, error) {
	for len(l.out) == 0 {
		if l.eof {
			return 0, io.EOF
		}
		n, err := l.in.Read(l.buf[:])
		l.feed(l.buf[:n])
		if err != nil && len(l.out) == 0 {
			return 0, err
		}
	}
	n := copy(p, l.out)
	l.out = l.out[n:]
	return n, nil
}

func (l *lineDiscipline) feed(b []byte) {
	for _, c := range b {
		switch {
		case l.esc == 1:
			l.esc = 0
			if c == '[' || c == 'O' {
				l.esc = 2
			}
		case l.esc == 2:
			if c >= 0x40 && c <= 0x7e {
				l.esc = 0
			}
		case c == 0x1b:
			l.esc = 1
		case c == '\r' || c == '\n':
			l.echo.Write([]byte("\r\n"))
			l.out = append(append(l.out, l.line...), '\n')
			l.line = l.line[:0]
		case c == 0x7f || c == 0x08:
			if len(l.line) > 0 {
				_, size := utf8.DecodeLastRune(l.line)
				l.line = l.line[:len(l.line)-size]
				l.echo.Write([]byte("\b \b"))
			}
		case c == 0x03:
			l.eof = true
			l.line = l.line[:0]
			return
		case c == 0x04:
			if len(l.line) == 0 {
				l.eof = true
				return
			}
		case c < 0x20:
		default:
			l.line = append(l.line, c)
			l.echoTail()
		}
	}
}

// echoTail echoes the last whole character of the line, once its last
// byte has come.
func (l *lineDiscipline) echoTail() {
	r, size := utf8.DecodeLastRune(l.line)
	if r == utf8.RuneError && size <= 1 {
		return
	}
	l.echo.Write(l.line[len(l.line)-size:])
}

// crlfWriter ends lines with CR LF, as a terminal in raw mode needs.
type crlfWriter struct{ w io.Writer }

func (c crlfWriter) Write(p []byte) (int, error) {
	if _, err := c.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}
