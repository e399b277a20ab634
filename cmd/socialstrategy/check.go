package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// checkFlags are the flags of the check command.
type checkFlags struct {
	strict  bool
	verbose bool
	format  string
	lang    string
	asOf    string
	today   time.Time
	require string          // --require, as typed
	pages   []strategy.Page // the sections it names
}

func newCheckCmd() *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check FILE...",
		Short: "Review answers files as a communications adviser would",
		Long: "check reads answers files (- for standard input) and reviews each like an experienced\n" +
			"communications adviser: every finding has a severity (gap, weak, tip), the field it is about,\n" +
			"what is wrong in one sentence and a concrete suggestion, in the plan's language.\n\n" +
			"With several files it prints one summary table; add -v for the findings in each file.\n" +
			"It exits 0 however many findings there are; with --strict it exits 1 while any gap remains,\n" +
			"for teachers and CI. --format json is for tools.",
		Example: "  socialstrategy check plan.yaml\n" +
			"  socialstrategy check --strict plan.yaml           # exit 1 while a gap remains\n" +
			"  socialstrategy check --strict --require governance,content class/*.yaml # and these sections are answered\n" +
			"  socialstrategy check class/*.yaml                 # one line per plan\n" +
			"  socialstrategy check -v class/*.yaml --lang nb    # and every finding, in bokmål\n" +
			"  socialstrategy check --as-of 2027-06-01 plan.yaml # goals due before June 2027 have passed\n" +
			"  socialstrategy check --format json plan.yaml | jq '.files[0].findings'",
		Args: minArgs(1, "at least one answers file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.lang != "" && !oneOf(f.lang, strategy.Languages) {
				return usageError{errorf(msgUnknownLang, f.lang)}
			}
			if f.format != "text" && f.format != "json" {
				return usageError{errorf(msgUnknownFormat, f.format)}
			}
			pages, err := strategy.RequiredSections(f.require)
			if u, ok := err.(*strategy.UnknownSectionError); ok {
				return usageError{errorf(msgUnknownSection, u.Name, strings.Join(u.Known, ", "))}
			} else if err != nil {
				return usageError{err}
			}
			f.pages = pages
			f.today = time.Now()
			if f.asOf != "" {
				t, err := time.Parse(time.DateOnly, f.asOf)
				if err != nil {
					return usageError{fmt.Errorf("--as-of %q is not a date; write it as 2027-01-31", f.asOf)}
				}
				f.today = t
			}
			return runCheck(cmd, args, f)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.strict, "strict", false, "exit 1 while any gap remains (for teachers and CI)")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "with several files, print every finding after the summary")
	fl.StringVar(&f.format, "format", "text", "output format: text or json")
	fl.StringVar(&f.lang, "lang", "", "language of the findings: en, nb or nn (default: each plan's)")
	fl.StringVar(&f.require, "require", "", "optional sections the teacher requires, comma-separated: objectives, content, team, governance, moderation, incident, reporting, instead, document; each one not answered is a gap")
	fl.StringVar(&f.asOf, "as-of", "", "read plans without a date of their own (document.date) as on this day, YYYY-MM-DD (default: today)")
	return cmd
}

// checkReport is the review of one answers file.
type checkReport struct {
	file     string
	plan     *strategy.Plan // nil when the file could not be read as a plan
	err      error
	lang     string
	findings []strategy.Finding
	decided  int
	total    int
	// open are the optional points the plan leaves open: sections the
	// document leaves out or fields it prints as "To be decided".
	open []strategy.Point
	gaps int
	weak int
	tips int
}

func (r *checkReport) org() string {
	if r.plan == nil {
		return ""
	}
	return strategy.CleanLine(r.plan.Organisation.Name)
}

// review loads and checks every file; a file that cannot be read is
// reported, not fatal, so one broken plan does not hide thirty good ones.
func review(cmd *cobra.Command, paths []string, lang string, today time.Time, required []strategy.Page) []*checkReport {
	reports := make([]*checkReport, len(paths))
	for i, path := range paths {
		r := &checkReport{file: strategy.CleanLine(path), lang: lang}
		if path == "-" {
			r.file = "<stdin>"
		}
		reports[i] = r
		r.plan, r.err = loadPlan(cmd, path)
		if r.err != nil {
			continue
		}
		if r.lang == "" {
			r.lang = r.plan.Language
		}
		r.findings = append(r.plan.Required(required), r.plan.CheckOn(today)...)
		r.decided, r.total = r.plan.Decided()
		r.open = r.plan.OpenOptional()
		r.gaps, r.weak, r.tips = strategy.Tally(r.findings)
	}
	return reports
}

func runCheck(cmd *cobra.Command, paths []string, f checkFlags) error {
	reports := review(cmd, paths, f.lang, f.today, f.pages)
	var err error
	if f.format == "json" {
		err = writeCheckJSON(cmd.OutOrStdout(), reports)
	} else {
		out := cmd.OutOrStdout()
		st := newCheckStyles()
		cw := colorprofile.NewWriter(out, os.Environ())
		if cw.Profile <= colorprofile.NoTTY {
			st = checkStyles{} // plain when piped; also drops bold
		}
		p := &checkPrinter{w: cw, st: st, width: terminalWidth(out)}
		if len(reports) == 1 {
			p.details(reports[0], false)
		} else {
			p.summary(reports, tableLang(reports, f.lang), f.verbose)
		}
		err = p.err
	}
	if err != nil {
		return err
	}
	return checkOutcome(reports, f.strict, tableLang(reports, f.lang))
}

// checkOutcome turns the reviews into the command's result: the files that
// could not be read, then with --strict the gaps that remain.
// Its words are in lang.
func checkOutcome(reports []*checkReport, strict bool, lang string) error {
	var errs []error
	gaps, withGaps := 0, 0
	for _, r := range reports {
		if r.err != nil {
			errs = append(errs, r.err)
		}
		if r.gaps > 0 {
			gaps += r.gaps
			withGaps++
		}
	}
	if strict && gaps > 0 {
		where := reports[0].file
		if len(reports) > 1 {
			where = fmt.Sprintf(msgFilesOf.In(lang), withGaps, len(reports))
		}
		remain := map[string][2]string{
			strategy.LangEnglish: {"gap remains", "gaps remain"},
			strategy.LangBokmal:  {"mangel gjenstår", "mangler gjenstår"},
			strategy.LangNynorsk: {"mangel står att", "manglar står att"},
		}[lang]
		errs = append(errs, fmt.Errorf(msgGapsRemain.In(lang), plural(gaps, remain[0], remain[1]), where))
	}
	return errors.Join(errs...)
}

// tableLang is the language of the summary table: --lang, or the plans'
// language when they share one, or the command line's (uiLang).
func tableLang(reports []*checkReport, lang string) string {
	if lang != "" {
		return lang
	}
	for _, r := range reports {
		if r.plan == nil {
			continue
		}
		if lang == "" {
			lang = r.lang
		} else if lang != r.lang {
			return uiLang
		}
	}
	if lang == "" {
		return uiLang
	}
	return lang
}

// terminalWidth is the width to wrap findings at, or 0 (do not wrap) when
// the output is not a terminal.
func terminalWidth(w io.Writer) int {
	f, ok := w.(term.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		return 80
	}
	return min(width, 100)
}

// checkStyles is every style the check command's text output uses. The zero
// value prints plain text.
type checkStyles struct {
	severity map[strategy.Severity]lipgloss.Style
	heading  lipgloss.Style
	path     lipgloss.Style
	muted    lipgloss.Style
	ok       lipgloss.Style
}

// newCheckStyles uses the terminal's own basic colours, which its theme has
// already made readable on its background.
func newCheckStyles() checkStyles {
	return checkStyles{
		severity: map[strategy.Severity]lipgloss.Style{
			strategy.Gap:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red),
			strategy.Weak: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow),
			strategy.Tip:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Cyan),
		},
		heading: lipgloss.NewStyle().Bold(true),
		path:    lipgloss.NewStyle().Bold(true),
		muted:   lipgloss.NewStyle().Faint(true),
		ok:      lipgloss.NewStyle().Foreground(lipgloss.Green),
	}
}

// checkPrinter writes the text report, keeping the first write error.
type checkPrinter struct {
	w     io.Writer
	st    checkStyles
	width int // 0: do not wrap
	err   error
}

func (p *checkPrinter) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// checkWords are the fixed phrases of the text report.
var checkWords = struct {
	decided, none, invalid, moreDetail, file, org, colDecided, gaps, weak strategy.Text
	optOpen, noneOpen, stillOpen, more                                    strategy.Text
}{
	optOpen:    strategy.Text{En: "optional point open|optional points open", Nb: "valgfritt punkt åpent|valgfrie punkter åpne", Nn: "valfritt punkt ope|valfrie punkt opne"},
	noneOpen:   strategy.Text{En: "Nothing to fix in what this plan decides.", Nb: "Ingenting å rette i det denne planen avklarer.", Nn: "Ingenting å rette i det denne planen avklarar."},
	stillOpen:  strategy.Text{En: "Still open (optional): %s.", Nb: "Fortsatt åpent (valgfritt): %s.", Nn: "Framleis ope (valfritt): %s."},
	more:       strategy.Text{En: "and %d more", Nb: "og %d til", Nn: "og %d til"},
	decided:    strategy.Text{En: "%d of %d points decided", Nb: "%d av %d punkter avklart", Nn: "%d av %d punkt avklart"},
	none:       strategy.Text{En: "Nothing to add: this plan holds up.", Nb: "Ingenting å tilføye: denne planen holder mål.", Nn: "Ingenting å leggje til: denne planen held mål."},
	invalid:    strategy.Text{En: "not a valid plan", Nb: "ikke en gyldig plan", Nn: "ikkje ein gyldig plan"},
	moreDetail: strategy.Text{En: "Run with -v for the findings in each file.", Nb: "Kjør med -v for å se merknadene i hver fil.", Nn: "Køyr med -v for å sjå merknadene i kvar fil."},
	file:       strategy.Text{En: "FILE", Nb: "FIL", Nn: "FIL"},
	org:        strategy.Text{En: "ORGANISATION", Nb: "VIRKSOMHET", Nn: "VERKSEMD"},
	gaps:       strategy.Text{En: "GAPS", Nb: "MANGLER", Nn: "MANGLAR"},
	weak:       strategy.Text{En: "WEAK", Nb: "SVAKE", Nn: "SVAKE"},
	colDecided: strategy.Text{En: "DECIDED", Nb: "AVKLART", Nn: "AVKLART"},
}

// tally says how many findings of each kind in words: "3 gaps · 1 weak spot".
func tally(lang string, gaps, weak, tips int) string {
	switch lang {
	case strategy.LangBokmal:
		return fmt.Sprintf("%s · %s · %s", plural(gaps, "mangel", "mangler"),
			plural(weak, "svakt punkt", "svake punkter"), plural(tips, "tips", "tips"))
	case strategy.LangNynorsk:
		return fmt.Sprintf("%s · %s · %s", plural(gaps, "mangel", "manglar"),
			plural(weak, "svakt punkt", "svake punkt"), plural(tips, "tips", "tips"))
	}
	return fmt.Sprintf("%s · %s · %s", plural(gaps, "gap", "gaps"),
		plural(weak, "weak spot", "weak spots"), plural(tips, "tip", "tips"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// details prints every finding of one file. With a heading it is one of
// several files.
func (p *checkPrinter) details(r *checkReport, heading bool) {
	lang := r.lang
	if lang == "" {
		lang = uiLang // a file that could not be read names no language
	}
	if r.err != nil {
		// The problems themselves go to standard error, as with validate.
		if heading {
			p.printf("%s\n  %s\n", p.st.heading.Render(r.file),
				p.st.severity[strategy.Gap].Render(checkWords.invalid.In(lang)+": "+firstLine(r.err, lang)))
		}
		return
	}
	title := r.file
	if org := r.org(); org != "" {
		title += " · " + org
	}
	p.printf("%s\n", p.st.heading.Render(title))
	labelWidth := 0
	for _, s := range strategy.Severities {
		labelWidth = max(labelWidth, ansi.StringWidth(s.Label(lang)))
	}
	indent := strings.Repeat(" ", 2+labelWidth+2)
	for _, f := range r.findings {
		label := f.Severity.Label(lang)
		pad := strings.Repeat(" ", labelWidth-ansi.StringWidth(label))
		p.printf("\n  %s%s  %s %s\n", p.st.severity[f.Severity].Render(label), pad,
			p.st.path.Render(f.Path), p.st.muted.Render("("+f.Rule+")"))
		p.printf("%s\n", p.wrap(indent, f.Message.In(lang)))
		p.printf("%s\n", p.wrap(indent, "→ "+f.Suggestion.In(lang)))
	}
	switch {
	case len(r.findings) == 0 && len(r.open) == 0:
		p.printf("\n  %s\n", p.st.ok.Render(checkWords.none.In(lang)))
	case len(r.findings) == 0:
		// Never "nothing to add" while the document lacks a section or
		// prints "To be decided".
		p.printf("\n  %s\n", p.st.ok.Render(checkWords.noneOpen.In(lang)))
	}
	if len(r.open) > 0 {
		p.printf("\n%s\n", p.wrap("  ", fmt.Sprintf(checkWords.stillOpen.In(lang), openList(r.open, lang))))
	}
	line := fmt.Sprintf(checkWords.decided.In(lang), r.decided, r.total)
	if len(r.open) > 0 {
		line += " · " + optionalOpen(len(r.open), lang)
	}
	p.printf("\n%s · %s\n", line, tally(lang, r.gaps, r.weak, r.tips))
}

// wrap indents text, and wraps it to the terminal's width when there is one.
func (p *checkPrinter) wrap(indent, text string) string {
	if p.width > len(indent)+20 {
		text = ansi.Wordwrap(text, p.width-len(indent), "")
	}
	return indent + strings.ReplaceAll(text, "\n", "\n"+indent)
}

func firstLine(err error, lang string) string {
	s, _, _ := strings.Cut(errorIn(err, lang), "\n")
	var errs strategy.Errors
	if errors.As(err, &errs) && len(errs) > 1 {
		s += fmt.Sprintf(" (+%d)", len(errs)-1)
	}
	return s
}

// maxCell is the widest a file or organisation name is shown in the table.
const maxCell = 32

// summary prints one line per file, a total, and with verbose every file's
// findings.
func (p *checkPrinter) summary(reports []*checkReport, lang string, verbose bool) {
	cell := func(s string) string { return ansi.Truncate(s, maxCell, "…") }
	fileW, orgW := ansi.StringWidth(checkWords.file.In(lang)), ansi.StringWidth(checkWords.org.In(lang))
	for _, r := range reports {
		fileW = max(fileW, ansi.StringWidth(cell(r.file)))
		orgW = max(orgW, ansi.StringWidth(cell(r.org())))
	}
	decidedW := ansi.StringWidth(checkWords.colDecided.In(lang))
	gapsW := ansi.StringWidth(checkWords.gaps.In(lang))
	weakW := ansi.StringWidth(checkWords.weak.In(lang))
	left := func(s string, w int) string { return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) }
	right := func(s string, w int) string { return strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) + s }

	header := strings.Join([]string{left(checkWords.file.In(lang), fileW), left(checkWords.org.In(lang), orgW),
		right(checkWords.colDecided.In(lang), decidedW), right(checkWords.gaps.In(lang), gapsW), right(checkWords.weak.In(lang), weakW)}, "  ")
	p.printf("%s\n", p.st.heading.Render(header))

	var gaps, weak, withGaps, invalid int
	for _, r := range reports {
		if r.err != nil {
			invalid++
			p.printf("%s  %s\n", left(cell(r.file), fileW), p.st.severity[strategy.Gap].Render(checkWords.invalid.In(lang)))
			continue
		}
		gaps, weak = gaps+r.gaps, weak+r.weak
		if r.gaps > 0 {
			withGaps++
		}
		g := right(fmt.Sprint(r.gaps), gapsW)
		if r.gaps > 0 {
			g = p.st.severity[strategy.Gap].Render(g)
		}
		w := right(fmt.Sprint(r.weak), weakW)
		if r.weak > 0 {
			w = p.st.severity[strategy.Weak].Render(w)
		}
		p.printf("%s  %s  %s  %s  %s\n", left(cell(r.file), fileW), left(cell(r.org()), orgW),
			right(fmt.Sprintf("%d/%d", r.decided, r.total), decidedW), g, w)
	}

	p.printf("\n%s\n", summaryLine(lang, len(reports), withGaps, invalid, gaps, weak))
	if !verbose {
		p.printf("%s\n", p.st.muted.Render(checkWords.moreDetail.In(lang)))
		return
	}
	for _, r := range reports {
		p.printf("\n")
		p.details(r, true)
	}
}

// summaryLine totals the table: "3 files · 1 with gaps · 14 gaps · 2 weak spots".
func summaryLine(lang string, files, withGaps, invalid, gaps, weak int) string {
	if lang == strategy.LangNynorsk {
		parts := []string{plural(files, "fil", "filer"), fmt.Sprintf("%d med manglar", withGaps)}
		if invalid > 0 {
			parts = append(parts, fmt.Sprintf("%d ugyldige", invalid))
		}
		parts = append(parts, plural(gaps, "mangel", "manglar"), plural(weak, "svakt punkt", "svake punkt"))
		return strings.Join(parts, " · ")
	}
	if lang == strategy.LangBokmal {
		parts := []string{plural(files, "fil", "filer"), fmt.Sprintf("%d med mangler", withGaps)}
		if invalid > 0 {
			parts = append(parts, fmt.Sprintf("%d ugyldige", invalid))
		}
		parts = append(parts, plural(gaps, "mangel", "mangler"), plural(weak, "svakt punkt", "svake punkter"))
		return strings.Join(parts, " · ")
	}
	parts := []string{plural(files, "file", "files"), fmt.Sprintf("%d with gaps", withGaps)}
	if invalid > 0 {
		parts = append(parts, fmt.Sprintf("%d invalid", invalid))
	}
	parts = append(parts, plural(gaps, "gap", "gaps"), plural(weak, "weak spot", "weak spots"))
	return strings.Join(parts, " · ")
}

// The JSON report, for tools. Field names are part of the interface.
type (
	checkJSON struct {
		Files []checkFileJSON `json:"files"`
	}
	checkFileJSON struct {
		File         string `json:"file"`
		Organisation string `json:"organisation,omitempty"`
		Language     string `json:"language,omitempty"`
		Decided      int    `json:"decided"`
		Total        int    `json:"total"`
		// Open are the paths of the optional points left open
		// (strategy.Plan.OpenOptional).
		Open     []string      `json:"open,omitempty"`
		Gaps     int           `json:"gaps"`
		Weak     int           `json:"weak"`
		Tips     int           `json:"tips"`
		Findings []findingJSON `json:"findings"`
		Error    string        `json:"error,omitempty"`
		Problems []problemJSON `json:"problems,omitempty"`
	}
	findingJSON struct {
		Rule       string `json:"rule"`
		Severity   string `json:"severity"`
		Path       string `json:"path"`
		Message    string `json:"message"`
		Suggestion string `json:"suggestion"`
	}
	problemJSON struct {
		Line    int    `json:"line,omitempty"`
		Column  int    `json:"column,omitempty"`
		Path    string `json:"path,omitempty"`
		Message string `json:"message"`
	}
)

func writeCheckJSON(w io.Writer, reports []*checkReport) error {
	out := checkJSON{Files: make([]checkFileJSON, len(reports))}
	for i, r := range reports {
		f := checkFileJSON{File: r.file, Organisation: r.org(), Language: r.lang, Decided: r.decided, Total: r.total, Open: openPaths(r.open),
			Gaps: r.gaps, Weak: r.weak, Tips: r.tips, Findings: []findingJSON{}}
		for _, fd := range r.findings {
			f.Findings = append(f.Findings, findingJSON{Rule: fd.Rule, Severity: string(fd.Severity), Path: fd.Path,
				Message: fd.Message.In(r.lang), Suggestion: fd.Suggestion.In(r.lang)})
		}
		if r.err != nil {
			f.Error = r.err.Error()
			var errs strategy.Errors
			if errors.As(r.err, &errs) {
				for _, e := range errs {
					f.Problems = append(f.Problems, problemJSON{Line: e.Line, Column: e.Col, Path: e.Path, Message: e.Msg})
				}
			}
		}
		out.Files[i] = f
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// openList names the open optional points in quotation marks (they are
// the catalogue's names), the first six by name and the rest as a count:
// "objectives", "valid until".
func openList(open []strategy.Point, lang string) string {
	const shown = 6
	var names []string
	for i, pt := range open {
		if i == shown {
			names = append(names, fmt.Sprintf(checkWords.more.In(lang), len(open)-shown))
			break
		}
		name := pt.Label(lang)
		if pt.Channel == "" { // "Objectives" inside a sentence; a channel keeps its capital
			r, n := utf8.DecodeRuneInString(name)
			name = string(unicode.ToLower(r)) + name[n:]
		}
		if lang == strategy.LangEnglish {
			name = `"` + name + `"`
		} else {
			name = "«" + name + "»"
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// optionalOpen counts the open optional points in words: "1 optional
// point open", «2 valgfrie punkter åpne».
func optionalOpen(n int, lang string) string {
	one, many, _ := strings.Cut(checkWords.optOpen.In(lang), "|")
	return plural(n, one, many)
}

func openPaths(open []strategy.Point) []string {
	var out []string
	for _, pt := range open {
		out = append(out, pt.Path)
	}
	return out
}
