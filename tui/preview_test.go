package tui

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// trickyPlan is the example with answers whose Markdown needs care: lines
// broken inside an answer, strikethrough, a trailing backslash, HTML, a
// long holding statement, and table cells with long words.
func trickyPlan(lang string) *strategy.Plan {
	p := strategy.Example(lang)
	p.Organisation.About = "We bake 5 * 3 kinds of bread.\n- every day\n# fresh\nPrices: ~~40~~ 35 kr, <b>cheap</b>\nThe path ends with C:\\bakery\\\nand this is the next line"
	p.Organisation.Audiences = append(p.Organisation.Audiences, strategy.Audience{Name: "Families < 10 min away"}, strategy.Audience{Name: "1. priority: neighbours"})
	p.Channels[0].Goal = "Reach 2,000 followers | 50 saves a week with Instagram-Reels-Kampanjen"
	p.Channels[0].Owner = "Kari | Ola"
	p.Channels[1].ID = "Nabolagsavisa-Facebookgruppa"
	p.Voice.Tone = "Warm; *never* shouty -- honest"
	p.Responses.Incident.HoldingStatement = "We know that some of Tuesday's bread contained sesame that was not on the label.\nCustomers with allergies who bought bread on Tuesday should not eat it.\n\nNext update at 14:00."
	return p
}

func noPresencePlan(lang string) *strategy.Plan {
	return &strategy.Plan{Version: strategy.Version, Language: lang, Organisation: strategy.Organisation{Name: "Fjellstua Kro", About: "A mountain inn.\nOpen in summer."},
		Presence: strategy.PresenceNone, NoPresenceReason: "Our guests find us by word of mouth.\nWe have no time to keep channels alive.", Review: strategy.Review{Cadence: "every spring"}}
}

// docLine is one line a reader of the document sees: a heading, a line
// of a paragraph (hard line breaks end lines), a list item, a line of a
// quote, or a table cell.
type docLine struct {
	words []string
	cell  bool
	row   int // for cells: which table row
}

var (
	blockEnd = regexp.MustCompile(`<br ?/?>|</(p|li|h[1-6]|blockquote|tr)>|<(p|li|h[1-6]|blockquote|tr|ul|ol)>`)
	cellTag  = regexp.MustCompile(`<t[dh][^>]*>`)
	anyTag   = regexp.MustCompile(`<[^>]*>`)
)

// documentLines reads md as a Markdown viewer shows it (goldmark's HTML,
// tags taken away) into the lines a reader sees.
func documentLines(t *testing.T, md string) []docLine {
	t.Helper()
	var b bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList)).Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	h := strings.ReplaceAll(b.String(), "\n", " ") // soft line breaks are spaces
	h = blockEnd.ReplaceAllString(h, "\n")
	h = strings.ReplaceAll(h, "</td>", "\n")
	h = strings.ReplaceAll(h, "</th>", "\n")
	h = cellTag.ReplaceAllString(h, "\n\x01")
	var out []docLine
	row := 0
	for l := range strings.SplitSeq(h, "\n") {
		if strings.Contains(l, "<tr") || strings.Contains(l, "</tr") {
			row++
		}
		cell := strings.HasPrefix(l, "\x01")
		words := normWords(html.UnescapeString(anyTag.ReplaceAllString(l, " ")))
		if len(words) == 0 {
			if strings.TrimSpace(l) == "" && !cell {
				row += 0
			}
			continue
		}
		out = append(out, docLine{words: words, cell: cell, row: row})
	}
	return out
}

// normWords splits s into words, dropping a colon at a word's end (the
// preview writes "Goal:" where a stacked table shows a column's name).
func normWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ReplaceAll(s, "\x01", "")) {
		if w = strings.TrimSuffix(w, ":"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// previewWords are the words the preview shows, with whether each starts
// a line, decoration (bullets, bars, rules) left out.
func previewWords(out string) (words []string, starts []bool) {
	for l := range strings.SplitSeq(ansi.Strip(out), "\n") {
		first := true
		for _, w := range strings.Fields(l) {
			if strings.Trim(w, "•│─┼☐☑") == "" {
				continue
			}
			if w = strings.TrimSuffix(w, ":"); w == "" {
				continue
			}
			words = append(words, w)
			starts = append(starts, first)
			first = false
		}
	}
	return words, starts
}

// checkPreview fails unless the preview shows every line of the document
// in order: a line's words together and starting a line of the preview
// (so a line break in an answer is kept), a table cell's words in order
// among its row's.
func checkPreview(t *testing.T, name, md, out string) {
	t.Helper()
	words, starts := previewWords(out)
	at := 0       // the preview's next word not yet matched
	rowStart := 0 // where the current table row starts in the preview
	row := -1
	for _, dl := range documentLines(t, md) {
		if dl.cell {
			if dl.row != row {
				row, rowStart = dl.row, at
			}
			i, j := rowStart, 0
			for ; i < len(words) && j < len(dl.words); i++ {
				if words[i] == dl.words[j] {
					j++
				}
			}
			if j < len(dl.words) {
				t.Fatalf("%s: the preview lacks the table cell %q after %q\npreview:\n%s", name, strings.Join(dl.words, " "), strings.Join(words[max(0, rowStart-5):rowStart], " "), ansi.Strip(out))
			}
			at = max(at, i)
			continue
		}
		found := false
		for i := at; i+len(dl.words) <= len(words); i++ {
			j := i
			if starts[i] && listNumber(words[i]) && words[i] != dl.words[0] {
				j++ // an ordered list's number starts the line, as • does a bullet's
			}
			if starts[i] && j+len(dl.words) <= len(words) && equalWords(words[j:j+len(dl.words)], dl.words) {
				at, found = j+len(dl.words), true
				break
			}
		}
		if !found {
			t.Fatalf("%s: the preview lacks the line %q at the start of a line, after %q\npreview:\n%s", name, strings.Join(dl.words, " "), strings.Join(words[max(0, at-8):at], " "), ansi.Strip(out))
		}
	}
}

// listNumber reports whether w is an ordered list item's number: "1.".
func listNumber(w string) bool {
	return len(w) > 1 && strings.HasSuffix(w, ".") && strings.Trim(w, "0123456789") == "."
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPreviewShowsTheDocument(t *testing.T) {
	// For the golden plans and tricky answers, at the preview widths of
	// 60, 80, 100 and 120 columns, the preview shows every line of the
	// document, in order, and no line wider than its room.
	plans := map[string]*strategy.Plan{}
	for _, lang := range strategy.Languages {
		plans["example "+lang] = strategy.Example(lang)
		plans["tricky "+lang] = trickyPlan(lang)
		plans["none "+lang] = noPresencePlan(lang)
	}
	for name, p := range plans {
		for _, checklist := range []bool{false, true} {
			var md bytes.Buffer
			if err := templates.Render(&md, p, templates.Options{Checklist: checklist}); err != nil {
				t.Fatal(err)
			}
			for _, width := range []int{59, 79, 62, 82} {
				out := renderPreview(md.String(), width, newPreviewStyles(NewStyles(true)))
				label := fmt.Sprintf("%s checklist=%v width=%d", name, checklist, width)
				checkPreview(t, label, md.String(), out)
				for l := range strings.SplitSeq(out, "\n") {
					if w := ansi.StringWidth(l); w > width {
						t.Errorf("%s: line %q is %d wide", label, ansi.Strip(l), w)
					}
				}
			}
		}
	}
}

func TestPreviewTricky(t *testing.T) {
	// What glamour got wrong, each shown as the document says it.
	var md bytes.Buffer
	if err := templates.Render(&md, trickyPlan(strategy.LangEnglish), templates.Options{}); err != nil {
		t.Fatal(err)
	}
	out := ansi.Strip(renderPreview(md.String(), 82, newPreviewStyles(NewStyles(true))))
	for _, want := range []string{
		"We bake 5 * 3 kinds of bread.\n- every day\n# fresh\n",                                // lines of an answer kept
		"Prices: ~~40~~ 35 kr, <b>cheap</b>\n",                                                 // no \~ shown
		"The path ends with C:\\bakery\\\nand this is the next line",                           // a trailing backslash, then the break
		"│ We know that some of Tuesday's bread contained sesame that was not on the label.\n", // a quote wraps at the width
	} {
		if !strings.Contains(out, want) {
			t.Errorf("renderPreview(tricky) lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"Instagr\n", "Reels-\n"} {
		if strings.Contains(out, bad) {
			t.Errorf("renderPreview(tricky) splits a word (%q):\n%s", bad, out)
		}
	}
}
