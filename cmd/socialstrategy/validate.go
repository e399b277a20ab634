package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func newValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check answers files without rendering them",
		Long: "validate checks each answers file and reports every problem with its file, line, column and\n" +
			"field. It exits 1 if any file is invalid. What is valid but likely a mistake, such as a channel\n" +
			"id one letter away from a known one, is a warning on standard error and does not fail.",
		Example: "  socialstrategy validate plan.yaml",
		Args:    minArgs(1, "at least one answers file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var errs []error
			for _, path := range args {
				p, warnings, err := loadPlanWarnings(cmd, path)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				done, total := p.Decided()
				fmt.Fprintln(cmd.OutOrStdout(), say(msgValid, path, done, total))
				for _, w := range warnings {
					fmt.Fprintf(cmd.ErrOrStderr(), "%s\n", warningLine(w))
				}
			}
			return errors.Join(errs...)
		},
	}
}

// loadPlanWarnings is loadPlan with the file's warnings, placed at their
// lines.
func loadPlanWarnings(cmd *cobra.Command, path string) (*strategy.Plan, strategy.Errors, error) {
	if path == "-" {
		data, err := readLimited(cmd.InOrStdin())
		if err != nil {
			return nil, nil, err
		}
		p, err := strategy.Parse("<stdin>", data)
		if err != nil {
			return nil, nil, err
		}
		return p, strategy.Lint("<stdin>", data), nil
	}
	p, err := strategy.Load(path)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return p, nil, nil // read a moment ago; the plan stands without its warnings
	}
	return p, strategy.Lint(path, data), nil
}

// warningLine prints a warning as a compiler does: file:line:col: warning: path: message.
func warningLine(w *strategy.FieldError) string {
	where := w.File
	if w.Line > 0 {
		where += fmt.Sprintf(":%d", w.Line)
		if w.Col > 0 {
			where += fmt.Sprintf(":%d", w.Col)
		}
	}
	return fmt.Sprintf("%s: %s: %s: %s", strategy.CleanLine(where), say(msgWarning), w.Path, w.MsgIn(uiLang))
}
