/*
 * gzip-pipe.c: a GsfOutput that gzips what is written to it on a thread
 * of its own (gzip-pipe.h).
 *
 * Writes are gathered into blocks; a full block goes to the compressing
 * thread through a queue, and the writer goes on at once.  At most
 * MAX_BLOCKS blocks are in flight, so a fast writer waits for the thread
 * rather than holding the whole file in memory.  Only the thread touches
 * the gzip stream and the sink until the pipe is closed.
 */
#include "gzip-pipe.h"

#include <gsf/gsf-output-impl.h>
#include <gsf/gsf-output-gzip.h>
#include <string.h>

#define BLOCK_SIZE	(256 * 1024)
#define MAX_BLOCKS	8

typedef struct {
	GsfOutput	 output;

	GsfOutput	*sink;
	GsfOutput	*gzip;		/* the thread's, until closed */
	GThread		*thread;
	GAsyncQueue	*full;		/* GByteArray blocks to compress; an
					 * empty one ends the stream */
	GAsyncQueue	*free;		/* blocks the thread is done with */
	GByteArray	*block;		/* being filled */
	gboolean	 failed;	/* set by the thread */
} PstGzipPipe;

typedef GsfOutputClass PstGzipPipeClass;

static GType pst_gzip_pipe_get_type (void);
G_DEFINE_TYPE (PstGzipPipe, pst_gzip_pipe, GSF_OUTPUT_TYPE)
#define PST_GZIP_PIPE(o) (G_TYPE_CHECK_INSTANCE_CAST ((o), pst_gzip_pipe_get_type (), PstGzipPipe))

static gpointer
compress_blocks (gpointer data)
{
	PstGzipPipe *pipe = data;

	for (;;) {
		GByteArray *block = g_async_queue_pop (pipe->full);
		gboolean end = block->len == 0;

		if (!end && !pipe->failed &&
		    !gsf_output_write (pipe->gzip, block->len, block->data))
			pipe->failed = TRUE;
		g_byte_array_set_size (block, 0);
		g_async_queue_push (pipe->free, block);
		if (end)
			break;
	}
	if (!gsf_output_close (pipe->gzip))
		pipe->failed = TRUE;
	return NULL;
}

static void
send_block (PstGzipPipe *pipe)
{
	g_async_queue_push (pipe->full, pipe->block);
	/* Waits while MAX_BLOCKS are in flight. */
	pipe->block = g_async_queue_pop (pipe->free);
}

static gboolean
pipe_write (GsfOutput *output, size_t num_bytes, guint8 const *data)
{
	PstGzipPipe *pipe = PST_GZIP_PIPE (output);

	while (num_bytes > 0) {
		size_t room = BLOCK_SIZE - pipe->block->len;
		size_t n = MIN (room, num_bytes);

		g_byte_array_append (pipe->block, data, n);
		data += n;
		num_bytes -= n;
		if (pipe->block->len == BLOCK_SIZE)
			send_block (pipe);
	}
	return !pipe->failed;
}

static gboolean
pipe_seek (GsfOutput *output, G_GNUC_UNUSED gsf_off_t offset,
	   G_GNUC_UNUSED GSeekType whence)
{
	return gsf_output_set_error (output, 0, "un flux compressé ne peut revenir en arrière");
}

/* Ends the stream and waits for the thread; the sink is left open, as
 * GsfOutputGZip leaves it. */
static gboolean
finish (PstGzipPipe *pipe)
{
	if (pipe->thread == NULL)
		return !pipe->failed;
	if (pipe->block->len > 0)
		send_block (pipe);
	g_async_queue_push (pipe->full, pipe->block);	/* empty: the end */
	pipe->block = NULL;
	g_thread_join (pipe->thread);
	pipe->thread = NULL;
	return !pipe->failed;
}

static gboolean
pipe_close (GsfOutput *output)
{
	PstGzipPipe *pipe = PST_GZIP_PIPE (output);

	if (!finish (pipe))
		return gsf_output_set_error (output, 0, "le fichier compressé n’a pu être écrit");
	return TRUE;
}

static void
pipe_finalize (GObject *obj)
{
	PstGzipPipe *pipe = PST_GZIP_PIPE (obj);
	GByteArray *block;

	finish (pipe);
	if (pipe->free) {
		while ((block = g_async_queue_try_pop (pipe->free)) != NULL)
			g_byte_array_unref (block);
		g_async_queue_unref (pipe->free);
	}
	if (pipe->full)
		g_async_queue_unref (pipe->full);
	if (pipe->block)
		g_byte_array_unref (pipe->block);
	if (pipe->gzip)
		g_object_unref (pipe->gzip);
	if (pipe->sink)
		g_object_unref (pipe->sink);
	G_OBJECT_CLASS (pst_gzip_pipe_parent_class)->finalize (obj);
}

static void
pst_gzip_pipe_init (G_GNUC_UNUSED PstGzipPipe *pipe)
{
}

static void
pst_gzip_pipe_class_init (PstGzipPipeClass *klass)
{
	GObjectClass *gobject_class = G_OBJECT_CLASS (klass);

	gobject_class->finalize = pipe_finalize;
	klass->Write = pipe_write;
	klass->Seek = pipe_seek;
	klass->Close = pipe_close;
}

GsfOutput *
pst_gzip_pipe_new (GsfOutput *sink, GError **err)
{
	PstGzipPipe *pipe;
	GsfOutput *gzip;
	int i;

	g_return_val_if_fail (GSF_IS_OUTPUT (sink), NULL);

	gzip = gsf_output_gzip_new (sink, err);
	if (gzip == NULL)
		return NULL;
	pipe = g_object_new (pst_gzip_pipe_get_type (), NULL);
	pipe->sink = g_object_ref (sink);
	pipe->gzip = gzip;
	pipe->full = g_async_queue_new ();
	pipe->free = g_async_queue_new ();
	for (i = 0; i < MAX_BLOCKS; i++)
		g_async_queue_push (pipe->free, g_byte_array_sized_new (BLOCK_SIZE));
	pipe->block = g_async_queue_pop (pipe->free);
	if (gsf_output_name (sink))
		gsf_output_set_name (GSF_OUTPUT (pipe), gsf_output_name (sink));
	pipe->thread = g_thread_new ("pst-gzip", compress_blocks, pipe);
	return GSF_OUTPUT (pipe);
}
