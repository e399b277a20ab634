package tui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// RunAccessible runs the interview as plain prompts, one line each, with no
// redraws: for screen readers, and for answers piped in. It asks the same
// pages as the wizard, saves after each, and writes the document at the
// end. There is no going back; run it again with the saved file to change
// an answer.
func RunAccessible(p *strategy.Plan, opts Options, in io.Reader, out io.Writer, environ []string) error {
	p.SetDefaults()
	a := newAnswers(p, false)
	a.accessible = true
	write := opts.WriteFile
	if write == nil {
		write = strategy.WriteFile
	}
	// huh reads each prompt through a new buffered scanner, which would
	// swallow the lines after it when input is piped; one byte at a time
	// leaves them for the next prompt.
	obr := &oneByteReader{r: in}
	in = obr
	out = colorprofile.NewWriter(out, environ)
	theme := newMemoTheme(opts.Theme)

	pg := page{kind: pageWelcome}
	if opts.Resume {
		pg = resumePage(p)
	}
	for pg.kind != pageReview {
		f := a.form(pg).WithAccessible(true).WithInput(in).WithOutput(out).WithShowHelp(false).WithTheme(theme)
		if err := f.Run(); err != nil {
			if errors.Is(err, huh.ErrUserAborted) {
				return ErrAborted
			}
			return err
		}
		if obr.eof {
			// The page's questions got empty answers from the end of the
			// input, not from the person: keep the file as it was.
			return ErrInputEnded
		}
		a.leave(pg)
		if err := saveNow(write, opts.AnswersPath, p); err != nil {
			return err
		}
		ps := pagesFor(p)
		pg = ps[slices.Index(ps, pg)+1]
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
	md, err := Markdown(snapshot(p))
	if err != nil {
		return err
	}
	if err := saveNow(write, opts.AnswersPath, p); err != nil {
		return err
	}
	if opts.OutputPath == "" {
		return nil
	}
	return write(opts.OutputPath, md)
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

// oneByteReader reads one byte at a time and remembers reaching the end.
type oneByteReader struct {
	r   io.Reader
	eof bool
}

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, err := o.r.Read(p[:1])
	if err == io.EOF {
		o.eof = true
	}
	return n, err
}

// Markdown renders the plan's document as the wizard writes it.
func Markdown(p *strategy.Plan) ([]byte, error) {
	var b bytes.Buffer
	err := templates.Render(&b, p, templates.Options{Checklist: true})
	return b.Bytes(), err
}
