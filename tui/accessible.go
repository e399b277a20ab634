package tui

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// RunAccessible runs the interview as plain prompts, one line each, with no
// redraws: for screen readers, and for answers piped in. It asks the same
// pages as the wizard, saves after each, then offers each optional
// section not yet answered (y/N) and asks those taken, and writes the
// document at the end. There is no going back; run it again with the saved file to change
// an answer.
//
// Every answer is one line of UTF-8 text, counted in characters. An empty
// line keeps the answer shown in brackets; a line with only "-" clears it.
// A refused answer is asked again when a person types (opts.Interactive,
// or in is a terminal); otherwise the run stops with a *RefusedError
// naming the line and question, after saving the answers before it. Input
// that ends before the interview does gives ErrInputEnded, the answers
// read so far saved.
func RunAccessible(p *strategy.Plan, opts Options, in io.Reader, out io.Writer, environ []string) error {
	p.SetDefaults()
	a := newAnswers(p)
	a.accessible = true
	write := opts.WriteFile
	if write == nil {
		write = strategy.WriteFile
	}
	lr := &lineReader{r: bufio.NewReader(in), interactive: opts.Interactive || isTerminal(in)}
	out = colorprofile.NewWriter(out, environ)

	pg := page{kind: pageWelcome}
	if opts.Resume {
		pg = resumePage(p)
	}
	if opts.KeptAside != "" {
		fmt.Fprintln(out, fmt.Sprintf(a.tr(text.KeptAside), opts.KeptAside))
	}
	for pg.kind != pageReview {
		was := a.opened()
		title, desc, fields := a.fields(pg)
		fmt.Fprintf(out, "\n%s\n", title)
		if desc != "" {
			fmt.Fprintln(out, desc)
		}
		answered := 0
		for i := 0; i < len(fields); i++ {
			f := fields[i]
			s := a.spec(f.GetKey())
			if s == nil {
				_ = unwrap(f).RunAccessible(out, nil) // a note
				continue
			}
			if !s.asked() {
				continue
			}
			if err := a.ask(s, lr, out); err != nil {
				if answered > 0 { // answers of this page came before: keep them
					a.leave(pg)
					if serr := saveNow(write, opts.AnswersPath, p); serr != nil {
						return serr
					}
				}
				return err
			}
			answered++
			if pg.kind == pageWelcome {
				// The introduction after the language question speaks the
				// language just chosen.
				_, _, fields = a.fields(pg)
			}
		}
		a.leave(pg)
		if n := a.asideNotice(pg, was); n != "" {
			fmt.Fprintln(out, n)
		}
		if err := saveNow(write, opts.AnswersPath, p); err != nil {
			return err
		}
		ps := pagesFor(p)
		pg = ps[slices.Index(ps, pg)+1]
	}
	if err := a.offerSections(lr, out, func() error { return saveNow(write, opts.AnswersPath, p) }); err != nil {
		return err
	}

	done, total := p.Decided()
	if done == total {
		fmt.Fprintf(out, "\n%s\n", a.tr(text.ReviewAllDecided))
	} else {
		fmt.Fprintf(out, "\n%s\n", fmt.Sprintf(a.tr(text.ReviewOpen), total-done, total))
	}
	for _, pt := range p.Points() {
		if !pt.Decided {
			fmt.Fprintf(out, "- %s\n", pt.Label(a.lang()))
		}
	}
	snap := snapshot(p)
	files := opts.documentFiles(snap)
	docs := make([][]byte, len(files))
	for i, f := range files {
		var err error
		if docs[i], err = documentAs(snap, f.Format); err != nil {
			return err
		}
	}
	if err := saveNow(write, opts.AnswersPath, p); err != nil {
		return err
	}
	for i, f := range files {
		if opts.Documents == nil {
			if err := write(f.Path, docs[i]); err != nil {
				return err
			}
			continue
		}
		// A document edited by hand since it was written is kept beside
		// the new one, and the person told where.
		kept, err := opts.Documents.Write(f.Path, docs[i])
		if kept != "" {
			fmt.Fprintf(out, a.tr(text.DocKept), f.Path, kept)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ask asks the question of s until it gets an answer it takes, or, when
// the input is not typed by a person, until the first answer it refuses.
func (a *answers) ask(s *spec, lr *lineReader, out io.Writer) error {
	a.prompt(s, out)
	for {
		line, err := lr.line()
		var why string
		switch {
		case errors.Is(err, io.EOF):
			return ErrInputEnded
		case errors.Is(err, errNotUTF8):
			why = a.tr(text.NotUTF8)
		case errors.Is(err, errLineTooLong):
			why = fmt.Sprintf(a.tr(text.TooLong), maxInputLine)
		case err != nil:
			return err
		default:
			why = a.answer(s, line)
		}
		if why == "" {
			return nil
		}
		if !lr.interactive {
			return &RefusedError{Line: lr.n, Question: s.title, Reason: why, lang: a.lang()}
		}
		fmt.Fprintf(out, "%s\n%s ", why, a.tr(text.TryAgain))
	}
}

// prompt writes the question of s, its help, its options and the answer
// an empty line keeps.
func (a *answers) prompt(s *spec, out io.Writer) {
	fmt.Fprintf(out, "\n%s\n", s.title)
	if s.help != "" {
		fmt.Fprintf(out, "(%s)\n", s.help)
	}
	switch s.kind {
	case kindChoice, kindChoices:
		ids := s.ids()
		for i, o := range s.options {
			mark := "   "
			if slices.Contains(ids, o.value) {
				mark = "[x]"
				if s.kind == kindChoice {
					mark = " * "
				}
			}
			fmt.Fprintf(out, "%s %d. %s\n", mark, i+1, o.label)
		}
		if s.kind == kindChoice {
			fmt.Fprintf(out, "%s ", fmt.Sprintf(a.tr(text.PlainChoice), len(s.options)))
		} else {
			fmt.Fprintf(out, "%s ", a.tr(text.PlainChoices))
		}
	case kindList, kindLines:
		if cur := strings.ReplaceAll(s.get(), "\n", "; "); cur != "" {
			fmt.Fprintf(out, "[%s]\n", cur)
		}
		fmt.Fprintf(out, "%s ", a.tr(text.SemicolonHint))
	default:
		if cur := s.get(); cur != "" {
			fmt.Fprintf(out, "[%s]\n", strings.ReplaceAll(cur, "\n", " / "))
		}
		fmt.Fprint(out, "> ")
	}
}

// answer takes one line as the answer to s; it returns why the line is
// refused, or "".
func (a *answers) answer(s *spec, line string) string {
	line = strings.TrimSpace(line)
	switch s.kind {
	case kindChoice, kindChoices:
		return a.pick(s, line)
	}
	v := line
	switch {
	case line == "":
		v = s.get()
	case line == "-":
		v = ""
	case s.kind == kindList:
		v = strings.ReplaceAll(line, ";", ",")
	case s.kind == kindLines:
		v = strings.ReplaceAll(line, ";", "\n")
	}
	if n := chars(v); s.limit > 0 && n > s.limit {
		return fmt.Sprintf(a.tr(text.OverLimit), s.limit, n)
	}
	old := s.get()
	s.set(v)
	if s.validate != nil {
		if err := s.validate(v); err != nil {
			s.set(old)
			return err.Error()
		}
	}
	return ""
}

// pick takes the numbers of a choice's options: one for a choice, any for
// choices ("-" or 0 for none). An empty line keeps the choice.
func (a *answers) pick(s *spec, line string) string {
	if line == "" {
		return ""
	}
	if s.kind == kindChoices && (line == "-" || line == "0") {
		s.setIDs(nil)
		return ""
	}
	var ids []string
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		i, err := strconv.Atoi(w)
		if err != nil || i < 1 || i > len(s.options) {
			return fmt.Sprintf(a.tr(text.NotAnOption), w, len(s.options))
		}
		if id := s.options[i-1].value; !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if s.kind == kindChoice && len(ids) != 1 {
		return fmt.Sprintf(a.tr(text.PlainChoice), len(s.options))
	}
	s.setIDs(ids)
	return ""
}

// RefusedError is an answer in input that is not typed by a person which
// a question does not take: the run stops there rather than read the next
// question's line as this one's answer.
type RefusedError struct {
	Line     int    // the line of the input, from 1
	Question string // as asked
	Reason   string // why the answer is refused, in the plan's language
	lang     string
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf(text.RefusedAt.In(e.lang), e.Line, e.Question, e.Reason)
}

// maxInputLine is the longest line taken, in bytes: an answers file's
// limit, so any answer the file can hold can be given on one line.
const maxInputLine = strategy.MaxFileSize

var (
	errNotUTF8     = errors.New("not UTF-8")
	errLineTooLong = errors.New("line too long")
)

// lineReader reads the answers one line at a time, counting lines.
type lineReader struct {
	r           *bufio.Reader
	n           int  // lines read
	interactive bool // a person types the lines
}

// line returns the next line without its end. It refuses a line that is
// not UTF-8 or is longer than maxInputLine, reading past it; at the end of
// the input it returns io.EOF. A last line without a line end counts.
func (l *lineReader) line() (string, error) {
	var b []byte
	long := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if len(b)+len(chunk) > maxInputLine {
			long = true
		} else {
			b = append(b, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return "", err
		}
		if errors.Is(err, io.EOF) && len(b) == 0 && !long {
			return "", io.EOF
		}
		break
	}
	l.n++
	b = bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
	switch {
	case long:
		return "", errLineTooLong
	case !utf8.Valid(b):
		return "", errNotUTF8
	}
	return string(b), nil
}

// saveNow writes the answers at once, for the prompts, which have no
// program to run commands in.
func saveNow(write func(string, []byte) error, path string, p *strategy.Plan) error {
	data, err := strategy.Marshal(snapshot(p))
	if err != nil || path == "" {
		return err
	}
	return write(path, data)
}

// ErrAborted is returned when the person stops the interview.
var ErrAborted = errors.New("interview stopped")

// ErrInputEnded is returned when piped answers run out before the last
// question: what was answered before is saved, nothing after it.
var ErrInputEnded = errors.New("the input ended before the interview did")

func isTerminal(v any) bool {
	f, ok := v.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// Markdown renders the plan's document as the wizard writes it.
func Markdown(p *strategy.Plan) ([]byte, error) {
	var b bytes.Buffer
	err := templates.Render(&b, p, templates.Options{Checklist: true})
	return b.Bytes(), err
}
