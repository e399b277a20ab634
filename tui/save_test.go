package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// files is a WriteFile that records what was written, or fails.
type files struct {
	mu     sync.Mutex
	got    map[string][]byte
	writes int
	fail   error
}

func (f *files) write(name string, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.writes++
	if f.fail != nil {
		return f.fail
	}
	if f.got == nil {
		f.got = map[string][]byte{}
	}
	f.got[name] = data
	return nil
}

func newSaving(fs *files) *Model {
	m := New(strategy.Example("en"), Options{AnswersPath: "a.yaml", OutputPath: "s.md", WriteFile: fs.write})
	m.open(page{kind: pageOrganisation}, "")
	return m
}

var ctrlC = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}

// answer changes the organisation's name as typing it on the page does.
func answer(m *Model, name string) {
	m.a.plan.Organisation.Name = name
	m.touched = true
}

// TestFailedSaveStillAsks: answers whose save failed are unsaved, so
// quitting asks first.
func TestFailedSaveStillAsks(t *testing.T) {
	fs := &files{fail: errors.New("disk full")}
	m := newSaving(fs)
	answer(m, "Changed")
	m.Update(m.save()())
	if m.SaveErr() == nil {
		t.Fatal("SaveErr() = nil, want the write's error")
	}
	if _, cmd := m.Update(ctrlC); cmd != nil || !m.confirm {
		t.Errorf("ctrl+c after a failed save: confirm = %v, cmd = %v; want the question, not quitting", m.confirm, cmd)
	}
}

// TestSaveAndQuitStaysWhenTheSaveFails: "s" quits only once the answers
// are written; when the write fails the wizard stays, showing why.
func TestSaveAndQuitStaysWhenTheSaveFails(t *testing.T) {
	for _, fail := range []error{nil, errors.New("disk full")} {
		fs := &files{fail: fail}
		m := newSaving(fs)
		answer(m, "Changed")
		m.Update(ctrlC)
		_, cmd := m.Update(tea.KeyPressMsg{Code: 's', Text: "s"})
		_, cmd = m.Update(cmd()) // the write
		quit := cmd != nil && isQuit(cmd())
		if quit != (fail == nil) || m.Aborted() != (fail == nil) {
			t.Errorf("write error %v: quit %v, Aborted() %v; want both %v", fail, quit, m.Aborted(), fail == nil)
		}
	}
}

// TestFinishWaitsAndWins: the document asked for while a save is being
// written is written after it, and a host's request to end meanwhile
// does not cancel it.
func TestFinishWaitsAndWins(t *testing.T) {
	fs := &files{}
	m := newSaving(fs)
	first := m.save() // under way
	if cmd := m.finish(); cmd != nil {
		t.Fatal("finish() did not wait for the write under way")
	}
	answer(m, "Changed while writing")
	_, cmd := m.Update(SaveAndQuit{})
	if cmd != nil {
		t.Fatal("SaveAndQuit started a second write beside the first")
	}
	for _, c := range []tea.Cmd{first} {
		for c != nil {
			msg := c()
			if isQuit(msg) {
				break
			}
			_, c = m.Update(msg)
		}
	}
	if !m.Finished() {
		t.Fatalf("Finished() = false, want the document written (SaveErr %v)", m.SaveErr())
	}
	if _, ok := fs.got["s.md"]; !ok {
		t.Error("the document was not written")
	}
	p, err := strategy.Parse("a.yaml", fs.got["a.yaml"])
	if err != nil || p.Organisation.Name != "Changed while writing" {
		t.Errorf("answers file: %v, name %q; want the newest answers", err, p.Organisation.Name)
	}
}

func isQuit(msg tea.Msg) bool {
	_, ok := msg.(tea.QuitMsg)
	return ok
}

// TestQuitWhileSaving: quitting while the answers are being written waits
// for the write, without asking; if it fails, the wizard stays and says so.
func TestQuitWhileSaving(t *testing.T) {
	for _, fail := range []error{nil, errors.New("disk full")} {
		fs := &files{fail: fail}
		m := newSaving(fs)
		answer(m, "Changed")
		write := m.save() // under way
		if _, cmd := m.Update(ctrlC); cmd != nil || m.confirm {
			t.Fatalf("write error %v: ctrl+c while saving: confirm %v, cmd %v; want a wait, no question", fail, m.confirm, cmd != nil)
		}
		_, cmd := m.Update(write())
		quit := cmd != nil && isQuit(cmd())
		if quit != (fail == nil) {
			t.Errorf("write error %v: quit %v after the write, want %v", fail, quit, fail == nil)
		}
		if fail != nil && !strings.Contains(m.View().Content, "disk full") {
			t.Errorf("failed write not shown:\n%s", m.View().Content)
		}
	}
}

// TestQuitAsksWhenAnswersChangedWhileSaving: answers changed after the
// write began are not in it, so quitting asks.
func TestQuitAsksWhenAnswersChangedWhileSaving(t *testing.T) {
	m := newSaving(&files{})
	m.save() // under way
	answer(m, "Changed after")
	if _, cmd := m.Update(ctrlC); cmd != nil || !m.confirm {
		t.Errorf("confirm %v, cmd %v; want the question", m.confirm, cmd != nil)
	}
}

// TestSaveSkipsUnchangedAnswers: moving between pages without changing an
// answer writes nothing more; a change is written; a failed write is tried
// again.
func TestSaveSkipsUnchangedAnswers(t *testing.T) {
	fs := &files{}
	m := newSaving(fs)
	m.Update(m.save()())
	for range 3 {
		if cmd := m.save(); cmd != nil {
			t.Fatal("unchanged answers written again")
		}
	}
	answer(m, "Changed")
	cmd := m.save()
	if cmd == nil {
		t.Fatal("a changed answer was not written")
	}
	if m.save() != nil {
		t.Error("the answers being written were written twice")
	}
	fs.fail = errors.New("disk full")
	m.Update(cmd())
	fs.fail = nil
	if cmd := m.save(); cmd == nil {
		t.Error("answers whose write failed were not tried again")
	}
	if fs.writes != 2 {
		t.Errorf("%d writes, want 2", fs.writes)
	}
}

// TestChangeWhileFinishingIsWritten: answers changed while the document
// is being written are written after it, before the wizard quits, and
// are not taken for written meanwhile.
func TestChangeWhileFinishingIsWritten(t *testing.T) {
	fs := &files{}
	m := newSaving(fs)
	m.Update(m.save()())
	finish := m.finish()
	if finish == nil {
		t.Fatal("finish() wrote nothing")
	}
	answer(m, "Changed while finishing")
	if !m.unsaved() {
		t.Error("answers changed while finishing count as saved")
	}
	if cmd := m.save(); cmd != nil {
		t.Fatal("a save started beside the document's write")
	}
	_, cmd := m.Update(finish())
	if cmd == nil || isQuit(cmd()) {
		t.Fatal("quit before writing the answers changed meanwhile")
	}
	_, cmd = m.Update(cmd())
	if cmd == nil || !isQuit(cmd()) {
		t.Error("did not quit after writing them")
	}
	p, err := strategy.Parse("a.yaml", fs.got["a.yaml"])
	if err != nil || p.Organisation.Name != "Changed while finishing" {
		t.Errorf("answers file: %v, name %q; want the change", err, p.Organisation.Name)
	}
	if !m.Finished() {
		t.Error("Finished() = false after the document was written")
	}
}

// TestQuitOnArrivalDoesNotAsk: on a page that put answers there itself (a
// select's first option, a default) and got no key yet, quitting does not
// ask; once a key reaches it, a change does.
func TestQuitOnArrivalDoesNotAsk(t *testing.T) {
	arrive := func() *Model {
		p := strategy.New("en")
		p.Organisation.Name = "Kafé"
		fs := &files{}
		m := New(p, Options{AnswersPath: "a.yaml", OutputPath: "s.md", WriteFile: fs.write})
		m.open(page{kind: pageOrganisation}, "")
		m.Update(m.save()())
		m.open(page{kind: pagePresence}, "")
		if !m.unsaved() {
			t.Fatal("the presence page put nothing in the plan: this test needs another page")
		}
		return m
	}
	m := arrive()
	if _, cmd := m.Update(ctrlC); cmd == nil || m.confirm {
		t.Errorf("ctrl+c on arrival: confirm %v, cmd %v; want to quit without a question", m.confirm, cmd != nil)
	}
	m = arrive()
	m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	if _, cmd := m.Update(ctrlC); cmd != nil || !m.confirm {
		t.Errorf("ctrl+c after a key: confirm %v, cmd %v; want the question", m.confirm, cmd != nil)
	}
}

// TestBackSaves: going back a page writes the answers of the page left.
func TestBackSaves(t *testing.T) {
	fs := &files{}
	m := newSaving(fs)
	m.Update(m.save()())
	m.open(page{kind: pagePresence}, "")
	answer(m, "Changed before going back")
	cmd := m.back()
	run(m, cmd)
	p, err := strategy.Parse("a.yaml", fs.got["a.yaml"])
	if err != nil || p.Organisation.Name != "Changed before going back" {
		t.Errorf("answers file: %v, name %q; want the change written on going back", err, p.Organisation.Name)
	}
}
