package tui

import (
	"maps"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// prepareAfter is how long the welcome page waits, drawn, before the
// wizard builds the organisation page behind it (see prepare).
const prepareAfter = 1500 * time.Millisecond

// PrepareMsg asks the wizard to build the page after the welcome page
// (see prepare). The wizard sends it to itself prepareAfter after the
// welcome page is shown; a program running many wizards (the workshop
// server) may hold it back while it is busy and pass it on later.
type PrepareMsg struct{}

// readyPage is the organisation page, built and laid out while the
// welcome page waits for its reader, with what it was built for.
type readyPage struct {
	form     *huh.Form
	view     *pageView
	specs    map[string]*spec
	first    string
	reserved int
	kind     string // the organisation's kind the page offers
	cmd      tea.Cmd

	width, height int
	dark          bool
	lang          string
}

// prepareLater asks for prepare once the welcome page has been shown for
// a while.
func prepareLater() tea.Cmd {
	return tea.Tick(prepareAfter, func(time.Time) tea.Msg { return PrepareMsg{} })
}

// prepare builds the organisation page while the welcome page waits for
// its reader, so that enter there only shows it. A workshop room reads
// the welcome page together and presses enter within a second or two of
// each other: built then, 200 pages at once took a 2-core server over
// its capacity and every participant's typing waited. Built here, over
// the time the room takes to connect and read, the same work costs
// nobody a wait. What building the page does to the answers (the kind
// it offers, the page counted as visited) is undone until the page is
// shown; the welcome page stays as it was.
func (m *Model) prepare() {
	if m.pg.kind != pageWelcome || m.ready != nil || m.form == nil || m.confirm {
		return
	}
	to := page{kind: pageOrganisation}
	a := m.a
	specs, visited, sec := a.specs, maps.Clone(a.visited), a.sec
	kind := a.plan.Organisation.Kind
	pg, form, view, first, was, notice, reserved, same, touched := m.pg, m.form, m.view, m.first, m.was, m.notice, m.reserved, m.same, m.touched

	cmd := m.open(to, "")
	m.ready = &readyPage{
		form: m.form, view: m.view, specs: a.specs, first: m.first, reserved: m.reserved,
		kind: a.plan.Organisation.Kind, cmd: cmd,
		width: m.width, height: m.height, dark: m.dark, lang: a.lang(),
	}

	m.pg, m.form, m.view, m.first, m.was, m.notice, m.reserved, m.same, m.touched = pg, form, view, first, was, notice, reserved, same, touched
	a.specs, a.visited, a.sec = specs, visited, sec
	a.plan.Organisation.Kind = kind
	m.review.resize(m.body()) // as the welcome page sized it
}

// takeReady shows the page prepare built, when it is page to and was
// built for the window, background and language there are now; it
// reports whether it did. Either way the built page is let go. (A
// language chosen on the welcome page opens that page again, which lets
// the built page go already; the check is a safeguard.)
func (m *Model) takeReady(to page) (tea.Cmd, bool) {
	r := m.ready
	m.ready = nil
	if r == nil || to.kind != pageOrganisation || m.pg.kind != pageWelcome ||
		r.width != m.width || r.height != m.height || r.dark != m.dark || r.lang != m.a.lang() {
		return nil, false
	}
	m.pg, m.a.sec = to, nil
	m.form, m.view, m.first, m.same, m.touched = r.form, r.view, r.first, false, false
	m.was, m.notice = m.a.opened(), ""
	m.a.specs = r.specs
	m.a.visited[to] = true
	m.a.plan.Organisation.Kind = r.kind
	m.reserved = r.reserved
	return r.cmd, true
}
