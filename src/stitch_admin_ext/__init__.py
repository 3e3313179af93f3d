"""stitch_admin_ext: the hand-written layer over the generated ``stitch_admin_client``."""
