/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-cli.h: the subcommands of org-designer-cli, one file each.
 *
 * Each takes the arguments after its name (argv[0] is the subcommand) and
 * returns the process exit status: 0 done with no error-level findings,
 * 1 error-level findings, 2 the input could not be read or the call was wrong.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
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

/* The version of the JSON objects the report commands print (README,
 * "JSON output"): raised when a key changes meaning or goes away, not
 * when one is added. */
#define OD_CLI_JSON_FORMAT 1

/* Starts a JSON object for a report: "{" and its "format" member. */
JsonBuilder    *od_cli_json_begin  (void);
/* Adds "@key": @text, or null for NULL. */
void            od_cli_json_string (JsonBuilder *builder,
                                    const char  *key,
                                    const char  *text);
/* Adds "@key": [the strings of the NULL-terminated @list]. */
void            od_cli_json_strv   (JsonBuilder        *builder,
                                    const char         *key,
                                    const char * const *list);
/* Adds "@key": @value rounded to two decimals, or null when not @known. */
void            od_cli_json_number (JsonBuilder *builder,
                                    const char  *key,
                                    gboolean     known,
                                    double       value);
/* Ends the object begun by od_cli_json_begin() and writes it to stdout as
 * UTF-8 bytes, whatever the locale's charset (numbers in JSON's own form,
 * never the locale's). */
void            od_cli_json_print  (JsonBuilder *builder);

/* Text output: g_print() and g_printerr() write UTF-8 as it is under the
 * C locale's ASCII (names are data, not to be replaced with "?"), and
 * convert only to a real legacy charset such as GB18030. */
void            od_cli_setup_output (void);

G_END_DECLS
