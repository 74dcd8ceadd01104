/*
 * gzip-pipe.h: gzip compression on a second core while the saver writes.
 *
 * Gnumeric's .gnumeric saver spends half its time in deflate, on the
 * thread that formats the XML.  Saving with its uncompressed saver into a
 * pipe gives the same file, compressed by another thread while the XML is
 * written.
 */
#ifndef PST_GZIP_PIPE_H
#define PST_GZIP_PIPE_H

#include <gsf/gsf-output.h>

G_BEGIN_DECLS

/* A GsfOutput whose bytes reach @sink gzipped, as gsf_output_gzip_new's
 * would; the compression runs on a thread of its own.  Closing it waits
 * for the thread and leaves @sink open. */
GsfOutput *pst_gzip_pipe_new (GsfOutput *sink, GError **err);

G_END_DECLS

#endif
