package tui

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// review is the last page: the document in a scrollable preview beside a
// list of what is still to be decided, each item a jump to its page.
type review struct {
	vp        viewport.Model
	ready     bool // the preview has been rendered at least once
	gen       int  // numbers renders, so a stale one is dropped
	items     []reviewItem
	cursor    int
	preview   bool // keys scroll the preview rather than move in the list
	undecided int  // points still to be decided
	total     int
	w, h      int
}

type reviewItem struct {
	label   string
	detail  string // shown under the page while the item is selected
	path    string // the point's field path; empty for the finish item and steps
	pg      page
	finish  bool
	formats bool // steps through the document's formats
	header  bool // a heading in the list, not selectable
}

// renderedMsg carries a preview rendered in a command.
type renderedMsg struct {
	gen int
	out string
	err error
}

// Layout of the review page.
const (
	listWidth     = 36
	sideBySideMin = 90 // the list stands beside the preview from this body width up
)

func (r *review) sideBySide() bool { return r.w >= sideBySideMin }

func (r *review) resize(w, h int) {
	r.w, r.h = w, h
	pw, ph := r.previewSize()
	r.vp.SetWidth(pw)
	r.vp.SetHeight(ph)
}

func (r *review) previewSize() (w, h int) {
	if r.sideBySide() {
		return r.w - listWidth - 1, r.h - 1
	}
	return r.w, max(r.h-r.listHeight()-2, 3)
}

func (r *review) listHeight() int {
	if r.sideBySide() {
		return r.h - 1
	}
	return min(len(r.items)+1, max(r.h/3, 4))
}

// open builds the list for the plan as it is now and renders the preview.
func (r *review) open(m *Model) tea.Cmd {
	if !r.ready {
		r.vp = viewport.New()
	}
	lang := m.a.lang()
	p := m.a.plan
	r.items = []reviewItem{{label: "→ " + m.a.tr(text.ReviewFinish), finish: true}}
	r.undecided, r.total = 0, 0
	for _, pt := range p.Points() {
		r.total++
		if pt.Decided {
			continue
		}
		r.undecided++
		r.items = append(r.items, reviewItem{label: "○ " + pt.Label(lang), path: pt.Path, pg: pageFor(p, pt.Path)})
	}
	if r.undecided == 0 {
		r.items[0].label = "✓ " + m.a.tr(text.ReviewFinish) // a tick only when nothing is open
	}
	if files := m.opts.documentFiles(p); len(files) > 0 && !m.opts.OneFormat {
		r.items = append(r.items, reviewItem{
			label:   fmt.Sprintf(m.a.tr(text.ReviewFormats), formatNames(files)),
			detail:  fmt.Sprintf(m.a.tr(text.ReviewFormatsDetail), filePaths(files)),
			formats: true,
		})
	}
	// The optional sections: those not answered are offered, those
	// answered are listed with the steps, to change.
	var add, added []reviewItem
	offered := map[page]bool{}
	for _, s := range p.Sections() {
		pg, _ := sectionPage(s.Page)
		name := s.Title(p).In(lang)
		if s.Answered(p) {
			added = append(added, reviewItem{label: "↩ " + name, detail: s.Description(p).In(lang), pg: pg})
			continue
		}
		offered[pg] = true
		add = append(add, reviewItem{label: "+ " + name, detail: s.Description(p).In(lang), pg: pg})
	}
	if len(add) > 0 {
		r.items = append(r.items, reviewItem{label: m.a.tr(sectionText.Add), header: true})
		r.items = append(r.items, add...)
	}
	// The adviser's word that a section is not answered yet is the section
	// offered above.
	fs := slices.DeleteFunc(p.Check(), func(f strategy.Finding) bool { return f.Rule == "unanswered" && offered[pageFor(p, f.Path)] })
	if len(fs) > 0 {
		r.items = append(r.items, reviewItem{label: fmt.Sprintf(m.a.tr(text.Adviser), len(fs)), header: true})
		for _, f := range fs {
			r.items = append(r.items, reviewItem{
				label:  f.Severity.Label(lang) + ": " + f.Message.In(lang),
				detail: f.Message.In(lang) + " " + f.Suggestion.In(lang),
				path:   f.Path,
				pg:     pageFor(p, f.Path),
			})
		}
	}
	r.items = append(r.items, reviewItem{label: m.a.tr(text.GoToStep), header: true})
	seen := map[t]bool{}
	for _, pg := range m.pages() {
		if s := pg.step(); !seen[s] && pg.kind != pageReview {
			seen[s] = true
			r.items = append(r.items, reviewItem{label: "↩ " + s.In(lang), pg: pg})
		}
	}
	r.items = append(r.items, added...)
	r.cursor = 0
	m.layout()
	return r.render(m)
}

// render renders the document for the preview in a command, so that
// Update and View stay fast.
func (r *review) render(m *Model) tea.Cmd {
	r.gen++
	gen := r.gen
	var md bytes.Buffer
	if err := templates.Render(&md, m.snapshot(), templates.Options{}); err != nil {
		return func() tea.Msg { return renderedMsg{gen: gen, err: err} }
	}
	width, _ := r.previewSize()
	st := newPreviewStyles(m.styles)
	return func() tea.Msg {
		return renderedMsg{gen: gen, out: renderPreview(md.String(), width-1, st)}
	}
}

func (r *review) rendered(msg renderedMsg) {
	if msg.gen != r.gen {
		return
	}
	r.ready = true
	out := msg.out
	if msg.err != nil {
		out = msg.err.Error()
	}
	r.vp.SetContent(strings.Trim(out, "\n"))
}

func (r *review) update(m *Model, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		var cmd tea.Cmd
		r.vp, cmd = r.vp.Update(msg) // mouse wheel
		return cmd
	}
	switch {
	case key.Matches(k, m.keys.Finish):
		return m.writeDocument()
	case key.Matches(k, m.keys.Back):
		return m.back()
	case key.Matches(k, m.keys.Lang):
		p := m.a.plan
		p.Language = strategy.NextLanguage(p.Language)
		m.keys = keyMap(p.Language, m.opts)
		return r.open(m)
	case key.Matches(k, m.keys.Formats) && m.opts.OutputPath != "" && !m.opts.OneFormat && !r.preview:
		return r.nextFormats(m)
	case key.Matches(k, m.keys.Switch):
		r.preview = !r.preview
		return nil
	case key.Matches(k, m.keys.Jump) && !r.preview:
		it := r.items[r.cursor]
		if it.finish {
			return m.writeDocument()
		}
		if it.formats {
			return r.nextFormats(m)
		}
		if it.path != "" {
			return m.jump(it.path)
		}
		m.toReview = false
		return m.open(it.pg, "")
	}
	if r.preview || k.String() == "pgup" || k.String() == "pgdown" {
		var cmd tea.Cmd
		r.vp, cmd = r.vp.Update(msg)
		return cmd
	}
	switch k.String() {
	case "up", "k":
		r.move(-1)
	case "down", "j":
		r.move(1)
	}
	m.relayout() // the selected item's hint may take more or fewer lines
	return nil
}

// nextFormats writes the document in the next combination of formats,
// keeps the cursor where it was, and saves the choice.
func (r *review) nextFormats(m *Model) tea.Cmd {
	nextFormats(m.a.plan, m.opts.OutputPath)
	cursor := r.cursor
	cmd := r.open(m)
	r.cursor = min(cursor, len(r.items)-1)
	m.relayout()
	return tea.Batch(cmd, m.save())
}

// detail is the full text of the selected item, for the hint line.
func (r *review) detail() string {
	if r.preview || r.cursor >= len(r.items) {
		return ""
	}
	return r.items[r.cursor].detail
}

// move moves the cursor to the next selectable item in a direction.
func (r *review) move(d int) {
	for i := r.cursor + d; i >= 0 && i < len(r.items); i += d {
		if !r.items[i].header {
			r.cursor = i
			return
		}
	}
}

func (r *review) view(m *Model) string {
	s := m.styles
	var list strings.Builder
	summary := m.a.tr(text.ReviewAllDecided)
	if r.undecided > 0 {
		summary = fmt.Sprintf(m.a.tr(text.ReviewOpen), r.undecided, r.total)
	}
	list.WriteString(s.Heading.Render(summary))
	lw := listWidth
	if !r.sideBySide() {
		lw = r.w
	}
	var lines []string
	cur := 0
	labels := r.labels(lw - 2)
	for i, it := range r.items {
		label := labels[i]
		switch {
		case it.header:
			lines = append(lines, "", s.Heading.Render(label))
		case i == r.cursor && !r.preview:
			cur = len(lines)
			lines = append(lines, s.ItemActive.Render("› "+label))
		default:
			lines = append(lines, s.Item.Render("  "+label))
		}
	}
	// Keep the cursor in sight when the list is taller than its room.
	room := r.listHeight() - 1
	if start := cur - room + 1; start > 0 && len(lines) > room {
		lines = lines[start:]
	}
	for _, l := range lines {
		list.WriteString("\n" + l)
	}
	listView := lipgloss.NewStyle().Width(lw).MaxHeight(r.listHeight()).Render(list.String())

	preview := m.a.tr(text.ReviewRendering)
	if r.ready {
		preview = r.vp.View()
	}
	if r.sideBySide() {
		return lipgloss.JoinHorizontal(lipgloss.Top, listView, " ", preview)
	}
	return lipgloss.JoinVertical(lipgloss.Left, listView, "", preview)
}

// labels returns the items' labels cut to width columns (see cutWords),
// told apart where cutting would make two look the same: the adviser's
// remarks often begin alike ("weak: Nobody stands in for…" about a
// channel's owner and about the incident lead), so such a label keeps its
// head up to ": " and goes on from the first word it does not share with
// the others, "weak: …whoever owns Facebook, and…".
func (r *review) labels(width int) []string {
	out := make([]string, len(r.items))
	same := map[string][]int{}
	for i, it := range r.items {
		out[i] = cutWords(it.label, width)
		if !it.header && out[i] != it.label {
			same[out[i]] = append(same[out[i]], i)
		}
	}
	for _, group := range same {
		if len(group) < 2 {
			continue
		}
		for _, i := range group {
			words := strings.Fields(r.items[i].label)
			shared := 0 // the most leading words it shares with another
			for _, j := range group {
				if j != i {
					shared = max(shared, commonWords(words, strings.Fields(r.items[j].label)))
				}
			}
			if shared == 0 || shared >= len(words) {
				continue
			}
			head := ""
			for k, w := range words[:shared] {
				if strings.HasSuffix(w, ":") {
					head = strings.Join(words[:k+1], " ") + " "
					break
				}
			}
			out[i] = cutWords(head+"…"+strings.Join(words[shared:], " "), width)
		}
	}
	return out
}

// commonWords counts the words a and b begin with alike.
func commonWords(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// cutWords fits s into width columns, cutting at the last space that
// leaves room for "…" rather than in the middle of a word; a single word
// too long for the room is cut where it must be.
func cutWords(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	cut := ansi.Truncate(s, width-1, "")
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
