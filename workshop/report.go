package workshop

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
	"github.com/socialstrategy/socialstrategy/tui"
)

// Summary is one participant's progress, for the facilitator.
type Summary struct {
	ID string
	// Name is the name they connected with, as recorded.
	Name string
	// Organisation is the organisation's name, cleaned for a terminal.
	Organisation string
	// Step is the furthest step of the interview with an answer, or
	// "done" once the document is written.
	Step    string
	Decided int
	Total   int
	// Gaps counts the adviser's findings of severity gap.
	Gaps     int
	Finished bool
	// Kept names the files of answers the participant kept aside by
	// quitting a page without saving it (UnsavedName), the newest first;
	// none is ever deleted.
	Kept []string
	// Unsaved is whether the participant quit a page without saving it
	// and has not saved their plan since: that page's answers are only in
	// Kept[0], for the facilitator to give back.
	Unsaved bool
	// SavedSince is whether the participant quit a page without saving it
	// and then saved their plan again (the page retyped, or another page
	// saved): nothing waits to be given back, but Kept[0] still holds what
	// that page held.
	SavedSince bool
	LastActive time.Time
	// Plan is the saved plan; nil when nothing is saved yet.
	Plan *strategy.Plan
	// Err is why the plan cannot be read, if it cannot.
	Err error
}

// Answered reports whether the participant has answered anything beyond
// the language: a plan is saved as soon as they leave the welcome page.
func (s Summary) Answered() bool { return s.Plan != nil && s.Step != stepNames[0] }

// Steps of the interview, in order, as the status table names them.
var stepNames = []string{"welcome", "organisation", "presence", "channels", "channel plans", "voice", "responses", "listening", "review"}

// stepOf names the step of the interview a point belongs to.
func stepOf(p *strategy.Plan, path string) int {
	switch {
	case strings.HasPrefix(path, "organisation"):
		return 1
	case path == "no_presence_reason", !p.Active():
		return 2
	case strings.HasPrefix(path, "channels["):
		return 4
	case strings.HasPrefix(path, "channels"):
		return 3
	case strings.HasPrefix(path, "voice"):
		return 5
	case strings.HasPrefix(path, "responses"):
		return 6
	}
	return 7 // listening and review
}

// reached returns the furthest step of the interview the plan has an
// answer for; "review" once every point is decided.
func reached(p *strategy.Plan) string {
	step := 0
	if p.Presence != "" {
		step = 2
	}
	all := true
	for _, pt := range p.Points() {
		if !pt.Decided {
			all = false
			continue
		}
		step = max(step, stepOf(p, pt.Path))
	}
	if all {
		step = len(stepNames) - 1
	}
	return stepNames[step]
}

// Summaries reads every participant's progress. It only reads, so it is
// safe while the server runs: plans are replaced by renaming, never
// written in place.
func (s *Store) Summaries() ([]Summary, error) {
	ids, err := s.IDs()
	if err != nil {
		return nil, err
	}
	out := make([]Summary, 0, len(ids))
	for _, id := range ids {
		out = append(out, s.summary(id))
	}
	return out, nil
}

func (s *Store) summary(id string) Summary {
	sum := Summary{ID: id, Name: id, Step: "welcome"}
	f, err := s.Folder(id, false)
	if err != nil {
		sum.Err = err
		return sum
	}
	defer f.Close()
	if m, err := f.Meta(); err == nil {
		if m.Name != "" {
			sum.Name = m.Name
		}
		sum.LastActive = m.LastSeen
	}
	// The server sets a kept file's time to when the session that kept it
	// ended, after its last write: a plan written later was saved by a
	// later session.
	plan := f.Modified(PlanFile)
	if sum.Kept = f.Unsaved(); len(sum.Kept) > 0 {
		sum.SavedSince = plan.After(f.Modified(sum.Kept[0]))
		sum.Unsaved = !sum.SavedSince
	}
	if plan.After(sum.LastActive) {
		sum.LastActive = plan
	}
	p, err := f.Plan()
	if err != nil || p == nil {
		sum.Err = err
		return sum
	}
	sum.Plan = p
	sum.Organisation = cut(strategy.CleanLine(p.Organisation.Name), 40)
	sum.Decided, sum.Total = p.Decided()
	sum.Gaps, _, _ = strategy.Tally(p.Check())
	sum.Step = reached(p)
	if doc := f.Modified(DocumentFile); !doc.IsZero() && !doc.Before(f.Modified(PlanFile)) {
		sum.Finished, sum.Step = true, "done"
	}
	return sum
}

// Collect writes the document of every plan with an answer into the folder
// out, as <id>.md, with an index.md linking them, and returns the summaries.
// It writes through an os.Root of out, so nothing lands outside it.
func (s *Store) Collect(out string) ([]Summary, error) {
	return s.CollectAs(out, templates.Markdown)
}

// CollectAs is Collect in the given format: <id>.html or <id>.docx, each
// with the checklist, and an index.html linking them; Markdown as Collect.
func (s *Store) CollectAs(out string, format templates.Format) ([]Summary, error) {
	sums, err := s.Summaries()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(out, 0o700); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(out)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	var index strings.Builder
	index.WriteString("# Workshop plans\n\n| Participant | Organisation | Step | Decided | Gaps |\n|---|---|---|---|---|\n")
	for _, sum := range sums {
		if sum.Err != nil {
			fmt.Fprintf(&index, "| %s | %s | %s | | |\n", sum.ID, "*cannot be read*", sum.Step)
			continue
		}
		if !sum.Answered() {
			fmt.Fprintf(&index, "| %s | %s | %s | | |\n", sum.ID, "*no answers yet*", sum.Step)
			continue
		}
		doc, err := tui.Markdown(sum.Plan)
		if format != templates.Markdown {
			var b bytes.Buffer
			err = templates.RenderFormat(&b, sum.Plan, templates.Options{Checklist: true}, format)
			doc = b.Bytes()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sum.ID, err)
		}
		if err := root.WriteFile(sum.ID+format.Ext(), doc, 0o600); err != nil {
			return nil, err
		}
		fmt.Fprintf(&index, "| [%s](%s%s) | %s | %s | %d of %d | %d |\n",
			sum.ID, sum.ID, format.Ext(), cell(sum.Organisation), sum.Step, sum.Decided, sum.Total, sum.Gaps)
	}
	if format == templates.Markdown {
		return sums, root.WriteFile(IndexFile(format), []byte(index.String()), 0o600)
	}
	var page bytes.Buffer
	if err := templates.HTMLPage(&page, []byte(index.String()), strategy.LangEnglish); err != nil {
		return nil, err
	}
	return sums, root.WriteFile(IndexFile(format), page.Bytes(), 0o600)
}

// IndexFile is the name of the index Collect writes for a format:
// index.md for Markdown, index.html for the others.
func IndexFile(format templates.Format) string {
	if format == templates.Markdown {
		return "index.md"
	}
	return "index.html"
}

// cell is text for a Markdown table cell, escaped as the documents are.
func cell(s string) string {
	if s == "" {
		return "*to be decided*"
	}
	return templates.Inline(s)
}

// cut shortens s to at most n characters, ending it with "…" when it was
// cut, so a reader can tell.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strategy.Truncate(s, n-1) + "…"
}
