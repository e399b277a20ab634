package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/tui"
)

// Default file names, in the current folder.
const (
	defaultAnswers = "socialstrategy.yaml"
	defaultOutput  = "social-media-strategy.md"
)

// wizardFlags are the flags of every command that runs the interview.
type wizardFlags struct {
	answers    string
	output     string
	accessible bool
	theme      string
	noEditor   bool
	lang       string
}

var themes = map[string]huh.ThemeFunc{
	"charm":      huh.ThemeCharm,
	"dracula":    huh.ThemeDracula,
	"catppuccin": huh.ThemeCatppuccin,
	"base16":     huh.ThemeBase16,
	"base":       huh.ThemeBase,
}

func themeNames() string {
	names := make([]string, 0, len(themes))
	for n := range themes {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func (f *wizardFlags) register(cmd *cobra.Command, withAnswers bool) {
	fl := cmd.Flags()
	if withAnswers {
		fl.StringVar(&f.answers, "answers", defaultAnswers, "where the answers are saved after every step")
	}
	fl.StringVarP(&f.output, "output", "o", defaultOutput, "where the finished document is written; .html gives a web page that prints, .docx a Word file; f on the review page writes more formats beside it")
	fl.BoolVar(&f.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "plain prompts without redraws, for screen readers and piped input (also ACCESSIBLE=1)")
	fl.StringVar(&f.theme, "theme", "charm", "colour theme of the forms: "+themeNames())
	fl.BoolVar(&f.noEditor, "no-editor", false, "turn off ctrl+e, which opens long answers in an editor ($VISUAL, $EDITOR, else nano or vi)")
	fl.StringVar(&f.lang, "lang", "", "language of the interview and document: en, nb or nn (default: from LANG)")
}

func addWizard(root *cobra.Command) {
	var rootFlags wizardFlags
	rootFlags.register(root, true)
	root.RunE = func(cmd *cobra.Command, _ []string) error {
		// Running it again in the same folder continues the saved plan.
		_, err := os.Stat(rootFlags.answers)
		return runWizard(cmd, rootFlags, err == nil)
	}

	var newFlags wizardFlags
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Start a new interview",
		Long: "new starts the interview from the beginning. The answers are saved after every step (--answers),\n" +
			"and the document is written at the end (-o). An existing answers file is never overwritten.",
		Example: "  socialstrategy new -o strategy.md\n  socialstrategy new --answers bakery.yaml --lang nb",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(newFlags.answers); err == nil {
				return usageError{fmt.Errorf("%s already exists; continue it with `socialstrategy edit %s`, or choose another file with --answers", newFlags.answers, newFlags.answers)}
			}
			return runWizard(cmd, newFlags, false)
		},
	}
	newFlags.register(newCmd, true)

	var editFlags wizardFlags
	editCmd := &cobra.Command{
		Use:     "edit FILE",
		Short:   "Reopen a saved plan in the interview",
		Long:    "edit reopens an answers file with every answer filled in, where you left off, and saves back to it.",
		Example: "  socialstrategy edit socialstrategy.yaml",
		Args:    exactArgs(1, "the answers file to edit"),
		RunE: func(cmd *cobra.Command, args []string) error {
			editFlags.answers = args[0]
			if _, err := os.Stat(args[0]); errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%s: no such file; start a new plan with `socialstrategy new --answers %s`", args[0], args[0])
			}
			return runWizard(cmd, editFlags, true)
		},
	}
	editFlags.register(editCmd, false)
	root.AddCommand(newCmd, editCmd)
}

// runWizard runs the interview, in the terminal or as plain prompts.
func runWizard(cmd *cobra.Command, f wizardFlags, resume bool) error {
	theme, ok := themes[f.theme]
	if !ok {
		return usageError{fmt.Errorf("unknown theme %q (known: %s)", f.theme, themeNames())}
	}
	if f.lang != "" && !oneOf(f.lang, strategy.Languages) {
		return usageError{errorf(msgUnknownLang, f.lang)}
	}
	in, out, errOut := cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr()
	if !f.accessible && !(isTerminal(in) && isTerminal(out)) {
		return usageError{errors.New("the interview needs a terminal, and standard input or output is not one.\n" +
			"Run socialstrategy in a terminal, or add --accessible for plain prompts that work with pipes\n" +
			"and screen readers (e.g. socialstrategy --accessible < answers.txt)")}
	}

	p := strategy.New(strategy.LangFromLocale(os.Getenv))
	if resume {
		var err error
		if p, err = loadDraft(f.answers); err != nil {
			return err
		}
	}
	if f.lang != "" {
		p.Language = f.lang
	}
	if !f.accessible {
		// A terminal that cannot draw the wizard gets plain prompts and a
		// word on why, never full-screen sequences it would print as
		// garbage.
		w, h := terminalSize(out)
		if why := cannotDraw(os.Getenv("TERM"), w, h, hasTerminfo, p.Language); why != "" {
			fmt.Fprint(errOut, why)
			f.accessible = true
		}
	}
	opts := tui.Options{
		AnswersPath: f.answers,
		OutputPath:  f.output,
		Theme:       theme,
		Editor:      !f.noEditor,
		Resume:      resume,
		Documents:   &strategy.Documents{},
		// A page kept aside by an earlier quit without saving (see
		// tui.Model.Discarded) is said once on the first page.
		KeptAside: strategy.NewestTagged(f.answers, "unsaved"),
	}

	if f.accessible {
		lw := &lineWriter{w: out, last: '\n'}
		err := tui.RunAccessible(p, opts, in, lw, os.Environ())
		if err != nil && lw.last != '\n' {
			// The run ended on a prompt: what it says starts a line.
			fmt.Fprintln(out)
		}
		var refused *tui.RefusedError
		switch {
		case errors.As(err, &refused):
			// Piped answers: asking again would read the next question's
			// line as this one's answer, and every answer after it would
			// land in the wrong place.
			fmt.Fprintln(errOut, refused)
			stopped(errOut, f.answers, exists(f.answers), p.Language)
			return errInputEnded
		case errors.Is(err, tui.ErrInputEnded):
			fmt.Fprint(errOut, msgInputEnded.In(p.Language))
			stopped(errOut, f.answers, exists(f.answers), p.Language)
			return errInputEnded
		case errors.Is(err, tui.ErrAborted):
			return stopped(errOut, f.answers, exists(f.answers), p.Language)
		case err != nil:
			return err
		}
		var written []string
		for _, df := range tui.DocumentFiles(p, f.output) {
			written = append(written, df.Path)
		}
		return done(out, f, written, p.Language)
	}

	m := tui.New(p, opts)
	_, err := tea.NewProgram(m, tea.WithContext(cmd.Context()), tea.WithInput(in), tea.WithOutput(out)).Run()
	switch {
	case m.Finished():
		for _, k := range m.KeptFiles() {
			fmt.Fprintf(errOut, msgDocKept.In(p.Language), k.Path, k.As)
		}
		return done(out, f, m.Written(), p.Language)
	case m.SaveErr() != nil:
		return fmt.Errorf("your latest answers could not be saved: %w", m.SaveErr())
	case m.Aborted() || errors.Is(err, tea.ErrInterrupted) || errors.Is(err, tea.ErrProgramKilled):
		return stoppedKept(errOut, f.answers, m.Saved(), m.Discarded(), p.Language)
	case err != nil:
		return err
	}
	return stopped(errOut, f.answers, m.Saved(), p.Language)
}

// loadDraft reads an answers file that may still be incomplete: missing
// answers are fine, anything wrong in what is there is an error, all of
// them listed, as validate lists them.
func loadDraft(path string) (*strategy.Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readLimited(f)
	if err != nil {
		return nil, err
	}
	return strategy.ParseDraft(path, data)
}

// What the interview says when it ends, in the language it spoke.
var (
	// msgWritten is said once for each file the document was written to.
	msgWritten = strategy.Text{
		En: "Your strategy is written to %s\n",
		Nb: "Strategien er skrevet til %s\n",
		Nn: "Strategien er skriven til %s\n",
	}
	msgDone = strategy.Text{
		En: "Your answers are saved in %s; change them with: socialstrategy edit %s\n",
		Nb: "Svarene er lagret i %s; endre dem med: socialstrategy edit %s\n",
		Nn: "Svara er lagra i %s; endre dei med: socialstrategy edit %s\n",
	}
	msgStopped = strategy.Text{
		En: "Stopped. Your saved answers are kept in %s.\nContinue with: socialstrategy edit %s\n",
		Nb: "Avsluttet. Svarene som er lagret, ligger i %s.\nFortsett med: socialstrategy edit %s\n",
		Nn: "Avslutta. Svara som er lagra, ligg i %s.\nHald fram med: socialstrategy edit %s\n",
	}
	msgDiscarded = strategy.Text{
		En: "The changes you did not save are kept in %s, a full copy of your answers with them; to go on from that copy instead: socialstrategy edit %s\n",
		Nb: "Endringene som ikke ble lagret, ligger i %s, en full kopi av svarene med dem; for å fortsette fra den kopien i stedet: socialstrategy edit %s\n",
		Nn: "Endringane som ikkje vart lagra, ligg i %s, ein full kopi av svara med dei; for å halde fram frå den kopien i staden: socialstrategy edit %s\n",
	}
	msgNothingSaved = strategy.Text{En: "Stopped. Nothing was saved.\n", Nb: "Avsluttet. Ingenting ble lagret.\n", Nn: "Avslutta. Ingenting vart lagra.\n"}
	msgInputEnded   = strategy.Text{
		En: "The input ended before the interview did, so no document was written.\n",
		Nb: "Inndataene tok slutt før intervjuet var ferdig, så dokumentet ble ikke skrevet.\n",
		Nn: "Inndata tok slutt før intervjuet var ferdig, så dokumentet vart ikkje skrive.\n",
	}
)

// done says where each of the document's files went, one a line, and
// where the answers are.
func done(w io.Writer, f wizardFlags, written []string, lang string) error {
	for _, path := range written {
		fmt.Fprintf(w, msgWritten.In(lang), path)
	}
	fmt.Fprintf(w, msgDone.In(lang), f.answers, f.answers)
	return nil
}

func stopped(w io.Writer, answers string, saved bool, lang string) error {
	return stoppedKept(w, answers, saved, "", lang)
}

// stoppedKept is stopped after a quit without saving that kept the
// answers not saved in the file discarded ("" when there were none).
func stoppedKept(w io.Writer, answers string, saved bool, discarded, lang string) error {
	if discarded != "" {
		fmt.Fprintf(w, msgDiscarded.In(lang), discarded, discarded)
	}
	if saved {
		fmt.Fprintf(w, msgStopped.In(lang), answers, answers)
	} else {
		fmt.Fprint(w, msgNothingSaved.In(lang))
	}
	return errAborted
}

// exists reports whether a file is at path: the answers are only said to
// be kept in a file that is there.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// lineWriter passes writes on and remembers the last byte written, to
// tell whether the output ended in the middle of a line.
type lineWriter struct {
	w    io.Writer
	last byte
}

func (l *lineWriter) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	if n > 0 {
		l.last = p[n-1]
	}
	return n, err
}

// Fd is the file descriptor of the output, when it has one, so that
// what asks whether the output is a terminal still can.
func (l *lineWriter) Fd() uintptr {
	if f, ok := l.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

func isTerminal(v any) bool {
	f, ok := v.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}
