/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-io-fault.h: the controls of the I/O-fault shim (od-io-fault.c). */
#pragma once

enum {
  OD_IO_FAULT_WRITE     = 1 << 0,
  OD_IO_FAULT_FSYNC     = 1 << 1,
  OD_IO_FAULT_RENAME    = 1 << 2,
  OD_IO_FAULT_CLOSE     = 1 << 3,
  OD_IO_FAULT_FTRUNCATE = 1 << 4,
  OD_IO_FAULT_FCHMOD    = 1 << 5,   /* fchmod and fchown */
};

typedef void (*OdIoFaultArm) (unsigned which, long nth);
typedef long (*OdIoFaultDisarm) (void);
typedef void (*OdIoFaultDenyCreateIn) (const char *dir);
typedef void (*OdIoFaultDenyChown) (int deny);

void od_io_fault_arm            (unsigned which, long nth);
long od_io_fault_disarm         (void);
void od_io_fault_deny_create_in (const char *dir);
void od_io_fault_deny_chown     (int deny);
