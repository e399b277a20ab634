package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

func newRenderCmd() *cobra.Command {
	var out, format string
	var force bool
	var opts templates.Options
	cmd := &cobra.Command{
		Use:   "render FILE",
		Short: "Write the strategy document for an answers file",
		Long: "render reads an answers file (- for standard input) and writes the strategy as Markdown, as a\n" +
			"web page that prints on A4 (html) or as a Word document (docx), to standard output or, with -o,\n" +
			"atomically to a file that is left untouched if anything fails.",
		Example: "  socialstrategy render plan.yaml -o strategy.md\n" +
			"  socialstrategy render plan.yaml -o strategy.html\n" +
			"  socialstrategy render plan.yaml --format docx -o strategi.docx --with-checklist\n" +
			"  socialstrategy render plan.yaml --lang nb --with-checklist\n" +
			"  socialstrategy render plan.yaml --template my.md.tmpl",
		Args: exactArgs(1, "one answers file (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Lang != "" && !oneOf(opts.Lang, strategy.Languages) {
				return usageError{errorf(msgUnknownLang, opts.Lang)}
			}
			f, err := outputFormat(cmd, format, out)
			if err != nil {
				return err
			}
			p, err := loadPlan(cmd, args[0])
			if err != nil {
				return err
			}
			var b bytes.Buffer
			if err := templates.RenderFormat(&b, p, opts, f); err != nil {
				return err
			}
			written := p.Language
			if written == "" {
				written = strategy.LangEnglish
			}
			if opts.Lang != "" && opts.Lang != written {
				fmt.Fprintf(cmd.ErrOrStderr(), msgOtherLang.In(opts.Lang), langNames[written].In(opts.Lang))
			}
			return writeDocument(cmd, out, b.Bytes(), force, p.Language)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "md, html (a web page that prints on A4) or docx (Word); default: -o's extension, else md")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the document to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "replace -o's file even if it was edited by hand or not written by socialstrategy (it is kept as NAME.edited.EXT)")
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "language of the document for this run: en, nb or nn (default: the file's)")
	cmd.Flags().StringVar(&opts.TemplateFile, "template", "", "render with your own text/template file (see `template show`)")
	cmd.Flags().BoolVar(&opts.Checklist, "with-checklist", true, "end the document with the points still to be decided, as the wizard writes it (--with-checklist=false leaves them out)")
	return cmd
}

// loadPlan reads and validates an answers file; "-" is standard input.
func loadPlan(cmd *cobra.Command, path string) (*strategy.Plan, error) {
	if path == "-" {
		data, err := readLimited(cmd.InOrStdin())
		if err != nil {
			return nil, err
		}
		return strategy.Parse("<stdin>", data)
	}
	return strategy.Load(path)
}

// writeOutput writes data to the named file atomically, or to standard
// output when name is empty or "-". It never replaces a file that holds
// something else: that may be someone's answers.
func writeOutput(cmd *cobra.Command, name string, data []byte) error {
	if name == "" || name == "-" {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	if old, err := os.ReadFile(name); err == nil && !bytes.Equal(old, data) {
		return fmt.Errorf("%s exists and holds something else; nothing was written. Choose another name with -o", name)
	}
	return strategy.WriteFile(name, data)
}

// outputFormat is the format a render writes: --format when given, else
// the one -o's extension names, else Markdown. A binary format is refused
// on a terminal, where it would show as noise.
func outputFormat(cmd *cobra.Command, flag, out string) (templates.Format, error) {
	f := templates.Markdown
	if flag != "" {
		var err error
		if f, err = templates.ParseFormat(flag); err != nil {
			return "", usageError{fmt.Errorf("%w for --format", err)}
		}
	} else if ext, ok := templates.FormatOf(out); ok {
		f = ext
	}
	if f.Binary() && (out == "" || out == "-") && isTerminal(cmd.OutOrStdout()) {
		return "", usageError{fmt.Errorf("a %s document is a binary file; write it to a file with -o strategy%s", f, f.Ext())}
	}
	return f, nil
}
