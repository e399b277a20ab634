// Package tui is the interview: a Bubble Tea program that asks the
// questions of a social media strategy page by page, binds every answer to
// a strategy.Plan, saves it after every page and ends with a preview of
// the document.
package tui

import (
	"bytes"
	"fmt"
	"image/color"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/cursor"
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// Options configure a wizard.
type Options struct {
	// AnswersPath is where the answers are saved after every page; empty
	// saves nothing (for tests and previews).
	AnswersPath string
	// OutputPath is where the finished document is written.
	OutputPath string
	// Theme is the huh theme of the forms; nil for huh's default.
	Theme huh.Theme
	// Editor allows huh's external editor (ctrl+e) in text fields. Leave
	// it off wherever the person typing is not the owner of the machine.
	Editor bool
	// Resume opens the plan where it was left instead of at the welcome.
	Resume bool
	// Interactive tells accessible mode that a person types the answers, so
	// a refused answer is asked again; RunAccessible also sets it when its
	// input is a terminal. Without it a refused answer ends the run.
	Interactive bool
	// Documents, when set, remembers what the wizard wrote to OutputPath:
	// a document changed since (edited by hand) or not written by
	// socialstrategy is only replaced once the person agrees, and is kept
	// first under a name Kept gives. Nil writes with WriteFile.
	Documents *strategy.Documents
	// WriteFile writes a file atomically; nil uses strategy.WriteFile. The
	// workshop server passes one that cannot leave its data folder.
	WriteFile func(name string, data []byte) error
	// UnsavedPath is where the answers of a page are kept when the person
	// quits without saving it; empty picks a free name beside AnswersPath
	// ("plan.yaml" gives "plan.unsaved.yaml"). Written with WriteFile.
	UnsavedPath string
	// KeptAside is a file an earlier run kept a page's answers in when the
	// person quit without saving them (see strategy.NewestTagged); the
	// wizard says where it is once, on its first page. Empty says nothing.
	KeptAside string
	// OneFormat writes the document only in OutputPath's own format and
	// offers no other: the workshop server's participants can fetch only
	// that one file, and its folder holds no other.
	OneFormat bool
}

// documentFiles is where the finished plan p goes with these options: see
// DocumentFiles; with OneFormat, OutputPath alone.
func (o Options) documentFiles(p *strategy.Plan) []DocFile {
	if o.OneFormat && o.OutputPath != "" {
		own, ok := templates.FormatOf(o.OutputPath)
		if !ok {
			own = templates.Markdown
		}
		return []DocFile{{o.OutputPath, own}}
	}
	return DocumentFiles(p, o.OutputPath)
}

// SaveAndQuit asks a running wizard to save every answer, including those
// on the page still open, and end: send it with tea.Program.Send when
// shutting down.
type SaveAndQuit struct{}

// Model is the wizard: a root model that routes between pages. Pages are
// huh forms built from the plan, one at a time, not nested models.
type Model struct {
	a     *answers
	opts  Options
	pg    page
	form  *huh.Form
	view  *pageView // draws form; nil with it
	first string    // key of the form's first field: shift+tab there goes back a page

	width, height int
	dark          bool
	styles        Styles
	keys          KeyMap
	help          help.Model

	// saver is the save pipeline: writes of the answers run one at a
	// time, and what waits for them is one value; see save and settle.
	saver
	confirm  bool // asking whether to quit
	touched  bool // a key or paste reached the page since it opened
	toReview bool // a jump from the review returns there when done

	review review

	finished bool
	aborted  bool
	kept     []Kept   // where hand-edited documents were kept
	docFiles []string // the document's files written
	// discarded is where the answers not saved were kept when the person
	// quit without saving them; "" when nothing was left unsaved.
	discarded string

	// askDoc asks whether to write over a document edited by hand; it
	// says why and where the edited one will be kept.
	askDoc struct {
		why, keep string
		agreed    bool // the person said yes: write
	}

	reserved int    // lines below the page for its hint and errors; see reserve
	laidOut  [2]int // the width and height the page was last given; see relayout

	// notice is a line for the person until their next key: what was set
	// aside, a paste cut at the limit, an editor that could not run.
	notice string
	// was holds the choices as they were when the page opened, to tell
	// what leaving it sets aside.
	was opened
	// editor opens a field's answer in an editor; nil runs the real one
	// (see edit). Tests put a fake editor here.
	editor func(s *spec, value string) tea.Cmd

	// memo keeps the parts of the frame that seldom change between keys.
	memo struct{ header, sidebar, help memo }
	// frame is the last frame drawn; View gives it again after a message
	// that changed nothing (see noop).
	frame tea.View
	same  bool

	// mv holds input while the form moves focus; see move.
	mv move

	start tea.Cmd // the first page's command, run by Init
	// ready is the organisation page, built while the welcome page
	// waits (see prepare); nil when there is none.
	ready *readyPage
	theme *memoTheme // the forms' theme, its styles built once
}

// New returns a wizard for the plan, which it fills in place.
func New(p *strategy.Plan, opts Options) *Model {
	p.SetDefaults()
	m := &Model{
		a:      newAnswers(p),
		opts:   opts,
		width:  80,
		height: 24,
		dark:   true,
		styles: NewStyles(true),
		help:   help.New(),
		theme:  newMemoTheme(opts.Theme),
	}
	m.a.theme = m.theme
	m.keys = keyMap(p.Language, opts)
	m.lastSaved, _ = strategy.Marshal(m.snapshot())
	start, focus := page{kind: pageWelcome}, ""
	if opts.Resume {
		start, focus = resumeAt(p)
	}
	m.start = m.open(start, focus)
	if opts.KeptAside != "" {
		m.notice = fmt.Sprintf(m.a.tr(text.KeptAside), opts.KeptAside)
	}
	return m
}

// Plan returns the plan being answered.
func (m *Model) Plan() *strategy.Plan { return m.a.plan }

// Finished reports whether the document was written.
func (m *Model) Finished() bool { return m.finished }

// Aborted reports whether the person quit before writing the document.
func (m *Model) Aborted() bool { return m.aborted }

// Saved reports whether the answers file holds answers: written in this
// run, or the file the run resumed.
func (m *Model) Saved() bool { return m.saved || m.opts.Resume }

// SaveErr is the error of the last write of the answers or the document,
// nil when it succeeded.
func (m *Model) SaveErr() error { return m.saveErr }

// Init asks the terminal for its background colour and starts the page.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.start, prepareLater())
}

type savedMsg struct {
	data []byte
	err  error
}

type finishedMsg struct {
	data    []byte   // the answers written with the document
	written []string // the document's files, in the order md, html, docx
	kept    []Kept   // where hand-edited documents were kept
	err     error
}

// Kept says where a document edited by hand (or not written by
// socialstrategy) was kept before the new one was written over it.
type Kept struct {
	Path, As string
}

// docStateMsg is how the document's files on disk relate to what the
// wizard last wrote there: why and keep name those it must ask about.
type docStateMsg struct {
	why, keep []string
	err       error
}

// Update routes a message to the current page, after the keys that work
// everywhere.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, handled := m.holdUpdate(msg); handled {
		m.same = cmd == nil && m.mv.on
		return m, cmd
	}
	_, cmd := m.update(msg)
	if after := m.afterUpdate(msg); after != nil {
		cmd = tea.Batch(cmd, after)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.same = noop(msg); m.same {
		return m, nil
	}
	switch msg := msg.(type) {
	case PrepareMsg:
		m.prepare()
		m.same = true // the welcome page is as it was
		return m, nil
	case tea.WindowSizeMsg:
		if msg.Width == m.width && msg.Height == m.height && m.frame.Content != "" {
			// huh asks for the size whenever a page opens; the page was
			// laid out for this size already.
			m.same = true
			return m, nil
		}
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		if m.pg.kind == pageReview {
			return m, m.review.render(m)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.styles = NewStyles(m.dark)
		if m.form != nil {
			m.form.Update(msg)
		}
		if m.pg.kind == pageReview {
			return m, m.review.render(m)
		}
		return m, nil
	case savedMsg:
		return m, m.written(msg)
	case discardedMsg:
		if msg.err != nil {
			// Not kept anywhere: stay, with the error on screen.
			m.saveErr = msg.err
			m.relayout()
			return m, nil
		}
		m.discarded = msg.path
		return m, m.quit(false)
	case SaveAndQuit:
		m.a.leave(m.pg)
		save := m.save()
		return m, tea.Batch(save, m.end())
	case finishedMsg:
		m.kept = msg.kept
		if msg.err == nil {
			m.finished, m.docFiles = true, msg.written
		}
		next := m.wroteDocument(msg.data, msg.err)
		if m.then == afterNothing {
			m.aborted = false // a quit asked meanwhile waited for this, which failed
		}
		if next != nil { // answers changed while the document was written
			return m, m.write(next)
		}
		return m, m.settle()
	case renderedMsg:
		m.review.rendered(msg)
		return m, nil
	case docStateMsg:
		return m, m.docState(msg)
	case editedMsg:
		cmd := m.edited(msg)
		m.relayout()
		return m, cmd
	case tea.KeyPressMsg:
		m.notice = "" // said once; the next key goes on
		if m.confirm {
			return m.updateConfirm(msg)
		}
		if m.askDoc.why != "" {
			return m, m.updateAskDoc(msg)
		}
		if key.Matches(msg, m.keys.Quit) {
			// Nothing typed on this page since it opened: what differs
			// from the saved answers is only what the page put there
			// itself (a select's first option, a default offered), and
			// leaving goes without a question. Answers still being
			// written must land first; if they fail, the wizard stays.
			if !m.unsaved() || (!m.touched && m.saveErr == nil) {
				return m, m.quit(m.writing)
			}
			m.confirm = true
			return m, nil
		}
	}

	if p, ok := msg.(tea.PasteMsg); ok {
		m.notice = ""
		m.pasteNotice(p)
	}
	msg, ok := sanitize(msg)
	if !ok {
		m.relayout()
		return m, nil
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		m.touched = true
	}
	if m.pg.kind == pageReview {
		return m, m.review.update(m, msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.isBack(k) {
		return m, m.back()
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+e" && m.focusedSpec() != nil && m.focusedSpec().kind.multiline() {
		// huh's Text field opens $EDITOR on ctrl+e even with ExternalEditor
		// off when its own help is hidden, as it is here (huh v2.0.3), and
		// gives the result to every text field of the page: the wizard
		// opens the editor itself, only where it is allowed.
		var cmd tea.Cmd
		if m.opts.Editor {
			cmd = m.edit()
		}
		m.relayout()
		return m, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "enter" {
		msg = m.linesEnter(k)
	}

	lang := m.a.lang()
	focused := m.form.GetFocusedField()
	fm, cmd := m.form.Update(msg)
	m.form = fm.(*huh.Form)
	if k, ok := msg.(tea.KeyPressMsg); ok {
		cmd = m.startMove(k, focused, cmd)
	}
	if f := m.form.GetFocusedField(); f != focused && m.form.State == huh.StateNormal {
		m.growText(focused, f)
		m.scrollFocused(f)
	}
	m.relayout()
	switch {
	case m.form.State == huh.StateCompleted:
		return m, m.next()
	case m.a.lang() != lang:
		// The language was just chosen: speak it at once.
		m.keys = keyMap(m.a.lang(), m.opts)
		return m, tea.Batch(cmd, m.reopen())
	}
	return m, cmd
}

// isBack reports whether a key goes back a page: esc anywhere, shift+tab
// on the page's first field. The wizard handles these itself because huh
// refuses shift+tab while a field is invalid, leaving people stuck.
func (m *Model) isBack(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "esc":
		return true
	case "shift+tab":
		f := m.form.GetFocusedField()
		return f != nil && f.GetKey() == m.first
	}
	return false
}

func (m *Model) updateConfirm(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch strings.ToLower(k.String()) {
	case "y", "j", "ctrl+c":
		m.confirm = false
		return m, m.discard()
	case "s":
		m.confirm = false
		m.a.leave(m.pg)
		save := m.save()
		return m, tea.Batch(save, m.quit(true))
	case "n", "esc", "enter":
		m.confirm = false
	}
	return m, nil
}

// pages returns the pages of the interview as answered so far.
func (m *Model) pages() []page { return pagesFor(m.a.plan) }

func (m *Model) index() int {
	ps := m.pages()
	if i := slices.Index(ps, m.pg); i >= 0 {
		return i
	}
	return len(ps) - 1
}

// next saves the page's answers and opens the next page.
func (m *Model) next() tea.Cmd {
	if m.pg.kind == pageSection {
		m.a.applySection(true) // passed: the suggestions kept are taken
	}
	note := m.leave()
	save := m.save()
	ps := m.pages()
	to := page{kind: pageReview}
	if i := slices.Index(ps, m.pg); i >= 0 && i+1 < len(ps) && !m.toReview {
		to = ps[i+1]
	}
	if note == "" {
		if cmd, ok := m.takeReady(to); ok {
			return tea.Batch(save, cmd)
		}
	}
	return tea.Batch(save, m.openNoting(to, "", note))
}

// leave applies what the page holds outside the plan and returns what
// doing so set aside or brought back, for the next page to say.
func (m *Model) leave() string {
	m.a.leave(m.pg)
	return m.a.asideNotice(m.pg, m.was)
}

// openNoting opens a page and shows the notice there.
func (m *Model) openNoting(pg page, focus, notice string) tea.Cmd {
	cmd := m.open(pg, focus)
	if notice != "" {
		m.notice = notice
		m.relayout()
	}
	return cmd
}

// back saves the answers and opens the previous page.
// After a jump from the review, back returns to the review.
func (m *Model) back() tea.Cmd {
	i := m.index()
	if i == 0 {
		return nil
	}
	note := m.leave()
	save := m.save()
	if (m.toReview || m.pg.kind == pageSection) && m.pg.kind != pageReview {
		m.toReview = false
		return tea.Batch(save, m.openNoting(page{kind: pageReview}, "", note))
	}
	m.toReview = false
	return tea.Batch(save, m.openNoting(m.pages()[i-1], "", note))
}

// jump saves the answers and opens the page where the answer at path is
// given, focused on it.
func (m *Model) jump(path string) tea.Cmd {
	m.toReview = true
	save := m.save()
	return tea.Batch(save, m.open(pageFor(m.a.plan, path), path))
}

// reopen builds the current page again, in the current language.
func (m *Model) reopen() tea.Cmd {
	key := ""
	if f := m.form.GetFocusedField(); f != nil {
		key = f.GetKey()
	}
	return m.reopenAt(key)
}

// reopenAt builds the current page again, focused on the field with key.
func (m *Model) reopenAt(key string) tea.Cmd {
	touched, was := m.touched, m.was
	cmd := m.open(m.pg, key)
	m.touched, m.was = touched, was
	return cmd
}

// focusedSpec is the spec of the focused field, nil on the review or for
// a field without one.
func (m *Model) focusedSpec() *spec {
	if m.form == nil {
		return nil
	}
	if f := m.form.GetFocusedField(); f != nil {
		return m.a.spec(f.GetKey())
	}
	return nil
}

// linesEnter makes enter in a list written one item per line start a new
// line after the cursor's, unless the list ends with an empty line: then
// it goes on, as in every other field.
func (m *Model) linesEnter(k tea.KeyPressMsg) tea.Msg {
	s := m.focusedSpec()
	if s == nil || s.kind != kindLines {
		return k
	}
	last := s.raw[strings.LastIndex(s.raw, "\n")+1:]
	if strings.TrimSpace(last) == "" {
		return k
	}
	// A new item goes after the one the cursor is in, never through it.
	m.form.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	return tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl} // huh's new line
}

// pasteNotice says when a paste does not fit in the focused field: huh
// cuts it without a word.
func (m *Model) pasteNotice(p tea.PasteMsg) {
	s := m.focusedSpec()
	if s == nil || s.limit == 0 {
		return
	}
	have := chars(s.raw)
	if _, ok := unwrap(m.form.GetFocusedField()).(*huh.Input); ok {
		have = chars(s.get()) // an input's value is its one line
	}
	if n := have + chars(p.Content); n > s.limit {
		m.notice = fmt.Sprintf(m.a.tr(text.PasteCut), s.limit, n-s.limit)
	}
}

// open makes pg the current page and builds its form, with focus on the
// field whose key is focus (the first field when empty). It returns the
// page's starting command.
func (m *Model) open(pg page, focus string) tea.Cmd {
	if pg != m.pg {
		m.a.sec = nil // a section page opened afresh starts a new draft
	}
	m.pg, m.ready = pg, nil
	m.form, m.view, m.first, m.same, m.touched = nil, nil, "", false, false
	m.was, m.notice = m.a.opened(), ""
	if pg.kind == pageReview {
		return m.review.open(m)
	}
	// Theme and background first: the fields draw nothing until layout
	// gives them a width (see lazyField), so the page is drawn once.
	form, view := m.a.form(pg)
	m.form = form.WithTheme(m.theme)
	m.view, view.theme = view, m.theme
	m.form.Update(tea.BackgroundColorMsg{Color: background(m.dark)})
	m.layout()
	cmd := m.form.Init() // focuses the first field at once
	if f := m.form.GetFocusedField(); f != nil {
		m.first = f.GetKey()
	}
	for range 12 {
		f := m.form.GetFocusedField()
		if focus == "" || f == nil || f.GetKey() == focus {
			break
		}
		m.form.NextField() // moves focus now; its command only starts a cursor blink
	}
	f := m.form.GetFocusedField()
	m.growText(nil, f)
	m.scrollFocused(f)
	return cmd
}

// scrollFocused gives a text field that just got focus an Update of its own: a
// text input scrolls a long answer to its cursor only in its Update, so
// until then it shows the answer wrapped over several lines. The cursor's
// messages, which the wizard drops, used to give it that.
func (m *Model) scrollFocused(f huh.Field) {
	switch unwrap(f).(type) {
	case *huh.Input, *huh.Text:
		m.form.Update(scroll{})
	}
}

// Heights of a box for an answer of several lines, in lines of text.
const (
	textLines    = 3  // as the page is built, and for a box without focus
	maxTextLines = 12 // the most a focused box grows to
)

// growText gives the focused box for an answer of several lines the room
// the page leaves below it, up to the answer's length plus a line to
// type on (at most maxTextLines): on a tall screen a long answer shows
// whole instead of in three lines. The box focus left goes back to three
// lines.
func (m *Model) growText(left, now huh.Field) {
	if l, ok := left.(*lazyField); ok && left != now {
		l.setLines(textLines)
	}
	l, ok := now.(*lazyField)
	if !ok {
		return
	}
	t, ok := l.Field.(*huh.Text)
	if !ok {
		return
	}
	_, h := m.body()
	spare := h - len(m.formLines())
	val, _ := t.GetValue().(string)
	want := min(strings.Count(val, "\n")+2, maxTextLines)
	if n := max(textLines, min(want, l.textLines()+spare)); n != l.textLines() {
		l.setLines(n)
		w, h := m.body()
		m.laidOut = [2]int{w, h}
		m.form.Update(tea.WindowSizeMsg{Width: w, Height: h}) // the page's height changed
		m.view.sized(h)
	}
}

// scroll is a message for nothing but the focused field; see scrollFocused.
type scroll struct{}

// memo is one drawn part of the frame and what it was drawn from.
type memo struct {
	key, val string
	lines    []string // val split into lines; nil until asked for
}

// get returns the part drawn for key, drawing it when key changed.
func (c *memo) get(key string, draw func() string) string {
	if c.key != key || key == "" {
		c.key, c.val, c.lines = key, draw(), nil
	}
	return c.val
}

// getLines is get split into lines, which the caller must not change.
func (c *memo) getLines(key string, draw func() string) []string {
	v := c.get(key, draw)
	if c.lines == nil {
		c.lines = strings.Split(v, "\n")
	}
	return c.lines
}

// clip cuts s to at most h lines of at most w cells each, ending the last
// line in " …" when text was cut below it. It is what
// lipgloss's MaxWidth and MaxHeight do, at a fraction of the cost, which
// matters in a View drawn on every key.
func clip(s string, w, h int) []string { return clipLines(strings.Split(s, "\n"), w, h) }

// clipLines is clip of lines, which it changes.
func clipLines(lines []string, w, h int) []string {
	cut := false
	if len(lines) > h {
		cut = strings.TrimSpace(ansi.Strip(strings.Join(lines[h:], ""))) != ""
		lines = lines[:h]
	}
	for i, l := range lines {
		l = trimBlank(l)
		if len(l) > w { // cells never outnumber bytes
			l = ansi.Truncate(l, w, "")
		}
		lines[i] = l
	}
	if cut && h > 0 && w > 2 {
		// More follows than the window shows: say so, rather than let a
		// sentence end mid-way as if it were whole.
		last := strings.TrimRight(lines[h-1], " ")
		lines[h-1] = ansi.Truncate(last, w-2, "") + " …"
	}
	return lines
}

// formView draws the open page's form; see pageView.
func (m *Model) formView() string { return strings.Join(m.formLines(), "\n") }

// formLines is formView in lines.
func (m *Model) formLines() []string {
	f := m.form.GetFocusedField()
	if f != nil && f.Zoom() {
		return strings.Split(m.form.View(), "\n")
	}
	w, _ := m.body()
	return m.view.lines(f, w, m.dark)
}

// trimBlank cuts the spaces that end a line when nothing styles them:
// the line has no escape sequence, or its last one resets the style.
// huh and lipgloss pad every line to the page's width, about two thirds
// of a frame's characters; the renderer clears each line to unstyled
// blanks before it draws, so they look the same, yet it would parse and
// compare every one of them on every key. Spaces under a style (a
// background, an underline) are kept.
func trimBlank(l string) string {
	t := strings.TrimRight(l, " ")
	if len(t) == len(l) {
		return l
	}
	if !strings.Contains(t, "\x1b") || strings.HasSuffix(t, "\x1b[m") || strings.HasSuffix(t, "\x1b[0m") {
		return t
	}
	return l
}

// background stands for the terminal's background, for huh's themes.
func background(dark bool) color.Color {
	if dark {
		return color.Black
	}
	return color.White
}

// save writes the answers as they are now, or queues them behind the
// write under way (see saver.queue).
func (m *Model) save() tea.Cmd {
	data, err := strategy.Marshal(m.snapshot())
	if err != nil {
		m.saveErr = err
		return nil
	}
	if m.opts.AnswersPath == "" {
		if !m.saved || m.saveErr != nil || !bytes.Equal(data, m.latest()) {
			m.lastSaved = data
		}
		return nil
	}
	if !m.queue(data) {
		return nil
	}
	return m.write(data)
}

// write runs the write of data that the saver has started.
func (m *Model) write(data []byte) tea.Cmd {
	path, write := m.opts.AnswersPath, m.writeFile()
	return func() tea.Msg { return savedMsg{data: data, err: write(path, data)} }
}

// written takes the result of a write and starts the next one.
func (m *Model) written(msg savedMsg) tea.Cmd {
	if next := m.wrote(msg.data, msg.err); next != nil {
		return m.write(next)
	}
	return m.settle()
}

// settle does what waited for the writes to end.
func (m *Model) settle() tea.Cmd {
	switch m.saver.settle() {
	case stepFinish:
		return m.finishNow()
	case stepEnd:
		return tea.Quit
	case stepStay:
		// The save the person asked for failed: stay, with the error on
		// screen, rather than quit as if the answers were kept.
		m.aborted = false
	}
	return nil
}

// unsaved reports whether any answer differs from the last save that
// was written or is being written.
func (m *Model) unsaved() bool {
	m.a.leave(m.pg) // what the page holds outside the plan counts too
	data, err := strategy.Marshal(m.snapshot())
	return err != nil || !bytes.Equal(data, m.latest())
}

// quit ends the program once the writes under way are done. With
// mustSave, only if they succeed.
func (m *Model) quit(mustSave bool) tea.Cmd {
	m.aborted = true
	if mustSave {
		m.then = m.then.also(afterQuit)
	} else {
		m.then = m.then.also(afterEnd)
	}
	return m.settle()
}

type discardedMsg struct {
	path string
	err  error
}

// discard quits without saving the answers the person chose not to save,
// after keeping them, with every saved answer, in a file of their own
// (Options.UnsavedPath) that Discarded names: nothing typed is lost for
// good, and the answers file stays as last saved.
func (m *Model) discard() tea.Cmd {
	m.a.leave(m.pg)
	data, err := strategy.Marshal(m.snapshot())
	if err != nil || m.opts.AnswersPath == "" || bytes.Equal(data, m.latest()) {
		return m.quit(false)
	}
	path, write := m.opts.UnsavedPath, m.writeFile()
	return func() tea.Msg {
		if path == "" {
			var err error
			if path, err = strategy.FreeName(m.opts.AnswersPath, "unsaved"); err != nil {
				return discardedMsg{err: err}
			}
		}
		return discardedMsg{path: path, err: write(path, data)}
	}
}

// asideName is the name of the file discard would keep the page's
// answers in, for the quit question: the one it is told, or the answers
// file's name tagged "unsaved" (FreeName may add a number when that one
// is taken).
func (m *Model) asideName() string {
	if m.opts.UnsavedPath != "" {
		return filepath.Base(m.opts.UnsavedPath)
	}
	ext := filepath.Ext(m.opts.AnswersPath)
	return filepath.Base(strings.TrimSuffix(m.opts.AnswersPath, ext)) + ".unsaved" + ext
}

// Discarded is where the answers the person quit without saving were
// kept; "" when there were none.
func (m *Model) Discarded() string { return m.discarded }

// end is quit for the host (a server shutting down, an idle session):
// the program ends whatever the writes' outcome, which SaveErr tells.
func (m *Model) end() tea.Cmd {
	m.aborted, m.then = true, m.then.also(afterEnd)
	return m.settle()
}

// snapshot is the plan as it is saved; see the package's snapshot.
func (m *Model) snapshot() *strategy.Plan { return snapshot(m.a.plan) }

func (m *Model) writeFile() func(string, []byte) error {
	if m.opts.WriteFile != nil {
		return m.opts.WriteFile
	}
	return strategy.WriteFile
}

// Kept is where the first document edited by hand was kept when the
// wizard wrote the new one over it; "" when there was none. KeptFiles
// lists them all.
func (m *Model) Kept() string {
	if len(m.kept) == 0 {
		return ""
	}
	return m.kept[0].As
}

// KeptFiles lists every document edited by hand that the wizard kept
// before writing over it, in the order the files were written.
func (m *Model) KeptFiles() []Kept { return m.kept }

// Written lists the files the finished document was written to, one per
// format (see DocumentFiles); nil before the wizard finished.
func (m *Model) Written() []string { return m.docFiles }

// writeDocument finishes, after checking the document on disk is what the
// wizard last wrote there; if it is not, it asks first (see docState).
func (m *Model) writeDocument() tea.Cmd {
	docs, out := m.opts.Documents, m.opts.OutputPath
	if docs == nil || out == "" || m.askDoc.agreed {
		return m.finish()
	}
	p := m.snapshot()
	edited, foreign := m.a.tr(text.DocEdited), m.a.tr(text.DocForeign)
	return func() tea.Msg {
		var msg docStateMsg
		for _, f := range m.opts.documentFiles(p) {
			data, err := documentAs(p, f.Format)
			if err != nil {
				return docStateMsg{} // finishNow reports it
			}
			state, old, err := docs.State(f.Path)
			if err != nil {
				return docStateMsg{err: err}
			}
			if bytes.Equal(old, data) || (state != strategy.DocEdited && state != strategy.DocForeign) {
				continue
			}
			why := edited
			if state == strategy.DocForeign {
				why = foreign
			}
			keep, err := strategy.KeptName(f.Path)
			if err != nil {
				return docStateMsg{err: err}
			}
			msg.why, msg.keep = append(msg.why, fmt.Sprintf(why, f.Path)), append(msg.keep, keep)
		}
		return msg
	}
}

// docState asks before a document edited by hand is written over, and
// finishes otherwise.
func (m *Model) docState(msg docStateMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.saveErr = msg.err
		return nil
	case len(msg.why) == 0:
		return m.finish()
	}
	m.askDoc.why, m.askDoc.keep = strings.Join(msg.why, " "), strings.Join(msg.keep, ", ")
	return nil
}

func (m *Model) updateAskDoc(k tea.KeyPressMsg) tea.Cmd {
	switch strings.ToLower(k.String()) {
	case "y", "j":
		m.askDoc.why, m.askDoc.agreed = "", true
		return m.finish()
	case "n", "esc", "ctrl+c", "q":
		m.askDoc.why = ""
	}
	return nil
}

// finish writes the answers and the document, then ends the program.
// It waits for the writes under way, and nothing replaces it once asked.
func (m *Model) finish() tea.Cmd {
	m.then = m.then.also(afterFinish)
	return m.settle()
}

func (m *Model) finishNow() tea.Cmd {
	p := m.snapshot()
	files := m.opts.documentFiles(p)
	docData := make([][]byte, len(files))
	var err error
	for i, f := range files {
		if docData[i], err = documentAs(p, f.Format); err != nil {
			break
		}
	}
	if err == nil {
		var yaml []byte
		if yaml, err = strategy.Marshal(p); err == nil {
			m.begin(yaml) // saves asked for meanwhile wait behind this
			answers, write, docs := m.opts.AnswersPath, m.writeFile(), m.opts.Documents
			return func() tea.Msg {
				if answers != "" {
					if err := write(answers, yaml); err != nil {
						return finishedMsg{err: err}
					}
				}
				msg := finishedMsg{data: yaml}
				for i, f := range files {
					if docs == nil {
						if err := write(f.Path, docData[i]); err != nil {
							return finishedMsg{err: err}
						}
					} else {
						kept, err := docs.Write(f.Path, docData[i])
						if kept != "" {
							msg.kept = append(msg.kept, Kept{f.Path, kept})
						}
						if err != nil {
							return finishedMsg{err: err, kept: msg.kept}
						}
					}
					msg.written = append(msg.written, f.Path)
				}
				return msg
			}
		}
	}
	return func() tea.Msg { return finishedMsg{err: err} }
}

// MinWidth and MinHeight are the smallest terminal, in cells, the wizard
// draws a page in; smaller, it asks for a larger window.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Frame sizes: the header above and the status and help lines below.
const (
	headerLines  = 3 // the title and progress (two lines when narrow), a blank line
	footerLines  = 2 // the status and the keys
	sidebarWidth = 27
	sidebarMin   = 96 // the step list shows from this terminal width up
	errorLines   = 3  // below a form while it shows validation messages
	hintLines    = 2  // at most, for the example of a purpose
	// reviewHintLines is the most the review's hint takes: an adviser's
	// remark with its suggestion.
	reviewHintLines = 4
)

// body returns the size of the area a page draws in: what the frame
// leaves, less the room its hint and the form's errors take now.
func (m *Model) body() (w, h int) {
	w = m.width - 2
	if m.width >= sidebarMin {
		w -= sidebarWidth
	}
	extra := strings.Count(m.memo.help.get(m.helpKey(), m.helpView), "\n") // the keys may take two lines
	return max(w, 20), max(m.height-headerLines-footerLines-extra-m.reserved, 5)
}

// reserve returns the lines the page needs below it now: its hint, and
// room for the form's validation messages while it has any.
func (m *Model) reserve() int {
	n := 0
	if h := m.hint(); h != "" {
		n = lipgloss.Height(h)
	}
	if m.form != nil && len(m.form.Errors()) > 0 {
		n += errorLines
	}
	return n
}

// relayout sizes the page again when the room it needs below changed.
func (m *Model) relayout() {
	r := m.reserve()
	if r != m.reserved {
		m.reserved = r
		m.layout()
		return
	}
	// The keys below the page take two lines in a narrow window when
	// the field focused has more of them (a text box's ctrl+j and
	// ctrl+e): the page must be a line shorter, or its last line, the
	// one being typed on, is cut off.
	if w, h := m.body(); m.form != nil && (w != m.laidOut[0] || h != m.laidOut[1]) {
		m.layout()
	}
}

// layout sizes the page to the terminal.
func (m *Model) layout() {
	m.reserved = m.reserve()
	w, h := m.body()
	m.laidOut = [2]int{w, h}
	m.help.SetWidth(m.width - 2)
	if m.form != nil {
		m.view.fitHeader(w)
		m.form.Update(tea.WindowSizeMsg{Width: w, Height: h})
		m.view.sized(h)
		m.growText(nil, m.form.GetFocusedField())
	}
	m.review.resize(w, h)
}

// View draws the frame around the current page.
func (m *Model) View() tea.View {
	if m.same && m.frame.Content != "" {
		m.same = false
		return m.frame
	}
	m.same = false
	if m.width < MinWidth || m.height < MinHeight {
		v := tea.NewView(ansi.Wrap(fmt.Sprintf(m.a.tr(text.TooSmall), m.width, m.height, MinWidth, MinHeight), max(m.width, 10), ""))
		v.AltScreen = true
		m.frame = v
		return v
	}
	w, h := m.body()
	if m.form != nil && len(m.form.Errors()) > 0 {
		h += errorLines // huh draws its messages below the height it was given
	}
	var lines []string
	switch {
	case m.confirm:
		lines = clip(m.confirmView(), w, h)
	case m.askDoc.why != "":
		lines = clip(m.styles.Dialog.Width(min(w, 64)).Render(fmt.Sprintf(m.a.tr(text.DocAsk), m.askDoc.why, m.askDoc.keep)+"\n\n"+m.a.tr(text.DocAskKeys)), w, h)
	case m.form != nil:
		lines = clipLines(m.formLines(), w, h)
	default:
		lines = clip(m.review.view(m), w, h)
	}
	var side []string
	if m.width >= sidebarMin {
		key := fmt.Sprint(m.pg.step(), m.a.lang(), m.a.plan.Active(), h, m.dark)
		side = m.memo.sidebar.getLines(key, func() string { return m.sidebar(h) })
	}
	key := fmt.Sprint(m.pg, m.a.plan.Organisation.Name, len(m.a.plan.Channels), m.a.plan.Active(), m.a.lang(), m.width, m.dark)
	header := m.memo.header.getLines(key, m.header)
	var footer []string
	help := m.memo.help.get(m.helpKey(), m.helpView)
	for _, part := range []string{m.hint(), m.status(), help} {
		if part != "" {
			footer = append(footer, strings.Split(part, "\n")...)
		}
	}

	// The frame, written once: the header and a blank line, the page
	// beside the sidebar (the sidebar's width of blanks where it ends),
	// blank lines down to the footer, the footer; every line indented by
	// a space and cut to the window's height.
	var b strings.Builder
	b.Grow(len(m.frame.Content) + 256)
	n := 0
	put := func(left, right string) {
		if n >= m.height {
			return
		}
		if n > 0 {
			b.WriteString("\n")
		}
		b.WriteByte(' ')
		if right == "" {
			b.WriteString(trimBlank(left))
		} else {
			// right is a line of the page, its unstyled end already
			// cut by clip.
			b.WriteString(left)
			b.WriteString(right)
		}
		n++
	}
	for _, l := range header {
		put(l, "")
	}
	put("", "")
	pad := strings.Repeat(" ", sidebarWidth)
	rows := len(lines)
	if side != nil {
		rows = max(rows, len(side))
	}
	for i := range rows {
		var left, right string
		switch {
		case side == nil:
		case i < len(side):
			left = side[i]
		default:
			left = pad
		}
		if i < len(lines) {
			right = lines[i]
		}
		put(left, right)
	}
	for blank := m.height - n - len(footer); blank > 0; blank-- {
		put("", "")
	}
	for _, l := range footer {
		put(l, "")
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	v.WindowTitle = m.a.tr(text.AppName)
	m.frame = v
	return v
}

// noop reports whether msg cannot change what the wizard shows. The
// wizard keeps a steady cursor: bubbles' cursor would blink by redrawing
// the frame twice a second for as long as a text field has focus, which
// costs a workshop server more than all its idle sessions do otherwise,
// and a steady cursor is calmer to read by. Its blinks are dropped, and
// so is blinkCanceled, sent on every key when the blink restarts; passed
// on, huh would draw the page again for each.
func noop(msg tea.Msg) bool {
	if _, ok := msg.(cursor.BlinkMsg); ok {
		return true
	}
	t := reflect.TypeOf(msg)
	if t == nil || t.PkgPath() != "charm.land/bubbles/v2/cursor" {
		return false
	}
	return t.Name() == "blinkCanceled" || t.Name() == "initialBlinkMsg"
}

func (m *Model) header() string {
	ss := steps(m.a.plan)
	now := slices.Index(ss, m.pg.step()) + 1
	progress := fmt.Sprintf(m.a.tr(text.StepOf), now, len(ss)) + " · " + m.pg.step().In(m.a.lang())
	if m.pg.kind == pageChannelWhat || m.pg.kind == pageChannelHow {
		progress += fmt.Sprintf(" · %s (%d/%d)", strategy.ChannelNameIn(m.a.plan.Channels[m.pg.ch].ID, m.a.lang()), m.pg.ch+1, len(m.a.plan.Channels))
	}
	title := m.styles.Title.Render(m.a.tr(text.AppName))
	if name := m.a.plan.Organisation.Name; name != "" {
		title += m.styles.Org.Render(" · " + strategy.Truncate(name, 40))
	}
	line := title + "  " + m.styles.Progress.Render(progress)
	if lipgloss.Width(line) > m.width-2 {
		line = title + "\n" + m.styles.Progress.Render(progress)
	}
	return lipgloss.NewStyle().MaxWidth(m.width - 2).Render(line)
}

func (m *Model) sidebar(h int) string {
	ss := steps(m.a.plan)
	now := slices.Index(ss, m.pg.step())
	var b strings.Builder
	for i, s := range ss {
		label := fmt.Sprintf("%d. %s", i+1, s.In(m.a.lang()))
		switch {
		case i < now:
			b.WriteString(m.styles.StepDone.Render("✓ " + label))
		case i == now:
			b.WriteString(m.styles.StepNow.Render("● " + label))
		default:
			b.WriteString(m.styles.StepLater.Render("  " + label))
		}
		b.WriteByte('\n')
	}
	return lipgloss.NewStyle().Width(sidebarWidth).MaxHeight(h).Render(b.String())
}

// hint explains the option under the cursor where options need it (the
// purposes, with the essay's example of each) and says when an answer
// has reached the most characters it takes.
func (m *Model) hint() string {
	if m.confirm {
		return ""
	}
	if m.notice != "" {
		return m.styles.Status.Width(m.width - 2).MaxHeight(reviewHintLines).Render("ℹ " + m.notice)
	}
	if m.form == nil {
		if d := m.review.detail(); d != "" {
			return m.styles.Status.Width(m.width - 2).MaxHeight(reviewHintLines).Render("ℹ " + d)
		}
		return ""
	}
	f := m.form.GetFocusedField()
	if f == nil {
		return ""
	}
	if s := m.a.spec(f.GetKey()); s != nil && s.limit > 0 {
		// huh stops taking keys at the limit without a word.
		if v, _ := f.GetValue().(string); utf8.RuneCountInString(v) >= s.limit {
			return m.styles.Status.Width(m.width - 2).MaxHeight(hintLines).Render("ℹ " + fmt.Sprintf(m.a.tr(text.AtLimit), s.limit))
		}
		return ""
	}
	ms, ok := unwrap(f).(*huh.MultiSelect[string])
	if !ok || !strings.HasSuffix(ms.GetKey(), ".purposes") {
		return ""
	}
	id, _ := ms.Hovered()
	p, ok := strategy.PurposeByID(id)
	if !ok {
		return ""
	}
	return m.styles.Status.Width(m.width - 2).MaxHeight(hintLines).Render("ℹ " + p.Help.In(m.a.lang()))
}

// status is the line under the page about the answers file: the save
// that failed, "✓ saved to FILE" once the file holds the answers (written
// in this run, or the file the run resumed), else "FILE: not saved yet".
func (m *Model) status() string {
	switch {
	case m.saveErr != nil:
		return m.styles.Error.Render(m.a.tr(text.SaveFailed) + ": " + m.saveErr.Error())
	case m.opts.AnswersPath == "":
		return ""
	case m.saved, m.opts.Resume:
		// A resumed file holds the answers it was opened with: saved.
		// What was typed on the open page is written when the person
		// goes on: "saved" alone would say it is already. A window too
		// narrow for both says the first.
		line := "✓ " + m.a.tr(text.Saved) + " " + m.opts.AnswersPath
		if more := line + " · " + m.a.tr(text.PageOnLeave); m.touched && m.form != nil && ansi.StringWidth(more) <= m.width-2 {
			line = more
		}
		return m.styles.Status.Render(line)
	}
	return m.styles.Status.Render(m.opts.AnswersPath + ": " + m.a.tr(text.Unsaved))
}

// helpKey names what the line of keys depends on.
func (m *Model) helpKey() string {
	return fmt.Sprint(m.form == nil, m.focusedKind(), m.a.lang(), m.width, m.dark)
}

// focusedKind is the kind of the focused field; kindLine for a note or
// when no form is open.
func (m *Model) focusedKind() kind {
	if s := m.focusedSpec(); s != nil {
		return s.kind
	}
	return kindLine
}

// helpView is the line of keys, or two lines when one is too narrow for
// them all, so that a narrow terminal still shows every key (at 60
// columns the review's "tab scroll preview" fell off the end). What two
// lines cannot hold is cut here, because the help bubble lets an item
// through when no room is left for its ellipsis.
func (m *Model) helpView() string {
	keys := m.keys.reviewHelp()
	if m.form != nil {
		keys = m.keys.formHelp(m.focusedKind())
	}
	w := m.width - 2
	h := m.help
	h.SetWidth(0) // measure, do not cut
	var lines []string
	for len(keys) > 0 && len(lines) < 2 {
		n := len(keys)
		for n > 1 && ansi.StringWidth(h.ShortHelpView(keys[:n])) > w {
			n--
		}
		if len(lines) == 1 {
			n = len(keys) // the last line takes the rest, cut if it must be
		}
		lines = append(lines, ansi.Truncate(h.ShortHelpView(keys[:n]), w, "…"))
		keys = keys[n:]
	}
	return strings.Join(lines, "\n")
}

func (m *Model) confirmView() string {
	w, _ := m.body()
	ask := fmt.Sprintf(m.a.tr(text.QuitConfirm), m.asideName())
	if !m.saved && !m.opts.Resume {
		// Nothing written yet: "everything up to this page is saved"
		// would not be true.
		ask = fmt.Sprintf(m.a.tr(text.QuitConfirmFirst), m.asideName())
	}
	if m.saveErr != nil {
		// Not only this page: nothing since the last save that worked is
		// on disk.
		ask = fmt.Sprintf(m.a.tr(text.QuitNotSaved), m.saveErr)
	}
	return m.styles.Dialog.Width(min(w, 64)).Render(ask + "\n\n" + m.a.tr(text.QuitYes))
}
