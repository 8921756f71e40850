"""Search in the window: the find bar over the viewer and the project Search panel."""
