"""The top layer: work that spans the apps below it (``finsam`` <- ``interventions`` <- ``reports``
<- ``sie`` / ``performance`` <- ``workspace``).

Here live the start page of a förbund (its documents and next steps), "Nytt år" (setting up a year
from the year before), export and import of a whole förbund, the demo loader, and the site's root
URL configuration. Nothing below imports this package; where a lower layer needs something from
above, it offers a registry that this layer (or the app concerned) fills.
"""
