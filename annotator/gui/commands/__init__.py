"""Every undoable change the window makes, as one kind of object run by `Session.run`.

`command` holds the model (`Command`, its `Context`, `Sequence`); the other modules hold
the commands of one subject each: annotations, attribution (links, speakers, label
schema), documents, review. A command only remembers what core did, so undo and redo
put back exactly that; the rules themselves are core's.
"""
