/*
 * pst-gnumeric.h: what every file of the plugin includes.
 *
 * Gnumeric's private gnumeric-config.h and gnm-i18n.h are not installed, so
 * the plugin defines its own translation macros; help strings are marked
 * with F_ and translated by Gnumeric in the "pst" text domain named in
 * plugin.xml.
 */
#ifndef PST_GNUMERIC_H
#define PST_GNUMERIC_H

#ifndef GETTEXT_PACKAGE
#define GETTEXT_PACKAGE "pst"
#endif
#include <glib/gi18n-lib.h>

#include <gnumeric.h>
#include <func.h>
#include <value.h>
#include <gnm-plugin.h>

#define F_(s) (s)

#endif
