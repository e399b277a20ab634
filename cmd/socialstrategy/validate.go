package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

func newValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check answers files without rendering them",
		Long: "validate checks each answers file and reports every problem with its file, line, column and\n" +
			"field. It exits 1 if any file is invalid.",
		Example: "  socialstrategy validate plan.yaml",
		Args:    minArgs(1, "at least one answers file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var errs []error
			for _, path := range args {
				p, err := loadPlan(cmd, path)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				done, total := p.Decided()
				fmt.Fprintf(cmd.OutOrStdout(), "%s: valid; %d of %d points decided\n", path, done, total)
			}
			return errors.Join(errs...)
		},
	}
}
