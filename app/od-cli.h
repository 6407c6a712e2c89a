/* od-cli.h: the subcommands of org-designer-cli, one file each.
 *
 * Each takes the arguments after its name (argv[0] is the subcommand) and
 * returns the process exit status: 0 done with no error-level findings,
 * 1 error-level findings, 2 the input could not be read or the call was wrong.
 */
#pragma once

#include <gio/gio.h>
#include "od-organisation.h"

G_BEGIN_DECLS

int  od_cli_new       (int argc, char **argv);
int  od_cli_validate  (int argc, char **argv);
int  od_cli_check     (int argc, char **argv);
int  od_cli_diagnose  (int argc, char **argv);
int  od_cli_export    (int argc, char **argv);
int  od_cli_import_csv (int argc, char **argv);
int  od_cli_compare   (int argc, char **argv);

/* Shared helpers (cli-common.c). */

/* Loads @path for a subcommand, printing "org-designer-cli: <message>" to
 * stderr on failure; NULL then (exit with 2). */
OdOrganisation *od_cli_load       (const char  *path,
                                   gboolean     strict);
/* Prints a usage error for @command and returns 2. */
int             od_cli_usage_error (const char *command,
                                    const char *message);
/* Parses "--format text|json" style options with GOptionContext; returns
 * FALSE after printing the error. */
gboolean        od_cli_parse       (GOptionContext *context,
                                    int            *argc,
                                    char         ***argv);

/* The shared start of the report commands (check, diagnose): parses
 * "FILE [--format text|json]" with @summary for --help, and loads FILE;
 * NULL after printing why (exit with 2). */
OdOrganisation *od_cli_load_report (int          argc,
                                    char       **argv,
                                    const char  *command,
                                    const char  *summary,
                                    gboolean    *json);

/* Appends @text as a JSON string literal, or null for NULL. */
void            od_cli_append_json_string (GString    *out,
                                           const char *text);

G_END_DECLS
