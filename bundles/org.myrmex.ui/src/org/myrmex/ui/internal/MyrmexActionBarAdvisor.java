// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.myrmex.ui.internal.preprocess.PreprocessVideosAction;

/** File (Pre-process Videos…, Quit), Window and Help menus with the workbench's standard actions. */
public class MyrmexActionBarAdvisor extends ActionBarAdvisor {

	public MyrmexActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new PreprocessVideosAction(window));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(action(ActionFactory.QUIT.create(window)));
		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager("Open &Perspective");
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		windowMenu.add(perspectives);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE.create(window)));
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(action(ActionFactory.ABOUT.create(window)));
		menuBar.add(file);
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	/** Registers a workbench action (for key bindings and disposal) and returns it. */
	private IWorkbenchAction action(IWorkbenchAction action) {
		register(action);
		return action;
	}
}
